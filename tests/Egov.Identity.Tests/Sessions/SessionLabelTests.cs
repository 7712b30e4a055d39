using System.Net;
using Egov.Identity.Sessions;

namespace Egov.Identity.Tests.Sessions;

/// <summary>What the account page shows of a session's browser and network.</summary>
public sealed class SessionLabelTests
{
    [Theory]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", "Chrome · Windows")]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0", "Edge · Windows")]
    [InlineData("Mozilla/5.0 (Linux; Android 14; SM-S921N) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36", "Samsung Internet · Android")]
    [InlineData("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Whale/3.28.266.14 Safari/537.36", "Whale · macOS")]
    [InlineData("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1", "Safari · iOS")]
    [InlineData("Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0", "Firefox · Linux")]
    [InlineData("curl/8.5.0", "")]
    [InlineData(null, "")]
    public void DeviceLabel_NamesTheBrowserAndSystemFamilies_WithoutVersions(string? userAgent, string expected) =>
        Assert.Equal(expected, DeviceLabel.From(userAgent));

    [Theory]
    [InlineData("203.0.113.57", "203.0.113.0/24")]
    [InlineData("::ffff:198.51.100.7", "198.51.100.0/24")]
    [InlineData("2001:db8:abcd:12:1:2:3:4", "2001:db8:abcd::/48")]
    public void SourceNetwork_KeepsTheNetworkNotTheAddress(string address, string expected) =>
        Assert.Equal(expected, SourceNetwork.Of(IPAddress.Parse(address)));

    [Fact]
    public void SourceNetwork_OfNoAddress_IsNull() => Assert.Null(SourceNetwork.Of(null));
}
