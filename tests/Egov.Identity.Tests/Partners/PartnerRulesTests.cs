using Egov.Identity.Partners;

namespace Egov.Identity.Tests.Partners;

/// <summary>Which addresses a partner may register (no host: the rule alone).</summary>
public sealed class PartnerRulesTests
{
    [Theory]
    [InlineData("https://partner.example.org/callback")]
    [InlineData("https://partner.example.org:8443/cb?tenant=1")]
    [InlineData("http://127.0.0.1:7000/cb")]
    [InlineData("http://[::1]:7000/cb")]
    [InlineData("http://localhost/cb")]
    public void Address_IsAccepted(string uri) => Assert.True(PartnerRules.IsAcceptable(uri));

    [Theory]
    [InlineData("http://partner.example.org/cb")]           // plain http over a network
    [InlineData("http://127.0.0.1.example.org/cb")]         // looks like loopback, is not
    [InlineData("https://partner.example.org/cb#done")]     // fragment
    [InlineData("https://user:pass@partner.example.org/cb")] // user info
    [InlineData("ftp://partner.example.org/cb")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/relative/cb")]
    [InlineData("not an address")]
    public void Address_IsRefused(string uri) => Assert.False(PartnerRules.IsAcceptable(uri));

    [Fact]
    public void Form_WithEveryMistake_ReportsEachField()
    {
        var form = new PartnerForm
        {
            ClientId = "-bad-",
            DisplayName = " ",
            ClientType = "other",
            GrantTypes = ["implicit"],
            RedirectUris = "https://ok.example.org/cb\nhttp://bad.example.org/cb",
            Scopes = ["admin"],
            SubjectType = "secret",
        };

        var fields = PartnerRules.Check(form, isNew: true).Select(e => e.Field).ToHashSet();

        Assert.Equal(
            new HashSet<string> { "ClientId", "DisplayName", "ClientType", "GrantTypes", "RedirectUris", "Scopes", "SubjectType" },
            fields);
    }
}
