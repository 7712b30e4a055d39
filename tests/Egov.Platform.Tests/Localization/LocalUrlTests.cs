using Egov.Platform.Localization;

namespace Egov.Platform.Tests.Localization;

public sealed class LocalUrlTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/design")]
    [InlineData("/design?page=2#forms")]
    public void IsLocal_AcceptsPathsOnThisSite(string url) => Assert.True(LocalUrl.IsLocal(url));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("design")]
    [InlineData("/\r\nLocation: https://evil.example/")]
    public void IsLocal_RefusesAnythingThatLeavesTheSite(string? url) => Assert.False(LocalUrl.IsLocal(url));
}
