namespace Egov.Platform.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void Utc_IsUtc() => Assert.Equal(DateTimeKind.Utc, DateTime.UtcNow.Kind);
}
