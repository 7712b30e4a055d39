using System.Text;
using Egov.Identity.Domain;

namespace Egov.Identity.Tests;

public sealed class TotpTests
{
    private static readonly byte[] Rfc6238Key = Encoding.ASCII.GetBytes("12345678901234567890");

    [Theory]
    [InlineData(59, "287082")]
    [InlineData(1111111109, "081804")]
    [InlineData(1234567890, "005924")]
    [InlineData(2000000000, "279037")]
    public void Code_MatchesTheRfc6238TestVectors(long unixSeconds, string expected) =>
        Assert.Equal(expected, Totp.Code(Rfc6238Key, Totp.StepAt(DateTimeOffset.FromUnixTimeSeconds(unixSeconds))));

    [Fact]
    public void MatchingStep_AcceptsOneStepOfDrift_ButNotTwo()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);
        var step = Totp.StepAt(now);

        Assert.Equal(step - 1, Totp.MatchingStep(Rfc6238Key, Totp.Code(Rfc6238Key, step - 1), now));
        Assert.Equal(step + 1, Totp.MatchingStep(Rfc6238Key, Totp.Code(Rfc6238Key, step + 1), now));
        Assert.Null(Totp.MatchingStep(Rfc6238Key, Totp.Code(Rfc6238Key, step - 2), now));
    }

    [Theory]
    [InlineData("foobar", "MZXW6YTBOI")]
    [InlineData("12345678901234567890", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")]
    public void Base32_RoundTripsTheRfc4648Vectors(string text, string encoded)
    {
        Assert.Equal(encoded, Base32.Encode(Encoding.ASCII.GetBytes(text)));
        Assert.Equal(text, Encoding.ASCII.GetString(Base32.Decode(encoded)));
    }
}
