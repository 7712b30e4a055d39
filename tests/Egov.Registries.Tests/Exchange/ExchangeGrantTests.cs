using System.Net;

namespace Egov.Registries.Tests.Exchange;

/// <summary><c>/admin/exchange-grants</c>: administrators at AAL2 grant and revoke purposes; the API follows at once.</summary>
public sealed class ExchangeGrantTests(ExchangeHost host) : IClassFixture<ExchangeHost>
{
    private const string Page = "/admin/exchange-grants";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Administrator_GrantsThenRevokes_AndTheClientsRequestsFollow()
    {
        var admin = await host.OfficialAtAal2Async("grants-admin", "registries-admin");
        var token = await host.TokenAsync(ExchangeHost.Bank);
        using (var before = await host.QueryAsync(token, ExchangeHost.KimMinjun, "tax.assessment"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, before.StatusCode);
        }

        using (var granted = await ExchangeHost.PostFormAsync(admin, Page, "Grant", new() { ["Form.ClientId"] = "demo-bank", ["Form.Purpose"] = "tax.assessment" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        }

        using (var allowed = await host.QueryAsync(token, ExchangeHost.KimMinjun, "tax.assessment"))
        {
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        var html = await admin.GetStringAsync(Page, Ct);
        Assert.Contains("Demo Bank · 지방세 부과", html, StringComparison.Ordinal);
        var id = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelectorAll("main li")
            .Single(li => li.TextContent.Contains("Demo Bank · 지방세 부과", StringComparison.Ordinal))
            .QuerySelector("input[name=id]")!.GetAttribute("value")!;
        using (var revoked = await ExchangeHost.PostFormAsync(admin, Page, "Revoke", new() { ["id"] = id }))
        {
            Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        }

        using var after = await host.QueryAsync(token, ExchangeHost.KimMinjun, "tax.assessment");
        Assert.Equal(HttpStatusCode.Forbidden, after.StatusCode);
        var actions = (await host.AuditAsync(ExchangeHost.KimMinjun.Id)).Where(e => e.Purpose == "tax.assessment").Select(e => e.Action);
        Assert.Equal(["registries.exchange.denied", "registries.exchange.read", "registries.exchange.denied"], actions);
    }

    [Fact]
    public async Task Administrator_GrantsAFeed_ListedAsAChangeFeedByLaw_BesideTheDemoAgencysFeed()
    {
        var admin = await host.OfficialAtAal2Async("feed-grants-admin", "registries-admin");

        using (var granted = await ExchangeHost.PostFormAsync(admin, Page, "Grant", new() { ["Form.ClientId"] = "demo-bank", ["Form.Purpose"] = "benefits.deaths" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        }

        var items = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await admin.GetStringAsync(Page, Ct)).QuerySelectorAll("main li").Select(li => li.TextContent).ToList();
        Assert.Contains(items, t => t.Contains("Demo Bank · 복지 급여 수급자 사망 통보", StringComparison.Ordinal) && t.Contains("변동 통보, 법령 근거", StringComparison.Ordinal));
        Assert.Contains(items, t => t.Contains("데모 행정기관 · 지방세 납세의무자 전입·사망 통보", StringComparison.Ordinal) && t.Contains("변동 통보, 법령 근거", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("no-such-client", "tax.assessment", "No client is registered with this ID")]
    [InlineData("demo-agency", "benefits.eligibility", "This client already has this purpose or feed.")]
    [InlineData("demo-agency", "", "Choose a purpose or a change feed.")]
    public async Task BadGrant_IsShownByItsField_AndNothingIsSaved(string clientId, string purpose, string message)
    {
        var admin = await host.OfficialAtAal2Async($"grants-admin-{Guid.NewGuid():N}"[..30], "identity-admin");
        admin.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");

        using var answer = await ExchangeHost.PostFormAsync(admin, Page, "Grant", new() { ["Form.ClientId"] = clientId, ["Form.Purpose"] = purpose });

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var html = await answer.Content.ReadAsStringAsync(Ct);
        Assert.Contains("egov-error-summary", html, StringComparison.Ordinal);
        Assert.Contains(message, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Citizen_Gets403()
    {
        var citizen = await host.SignInAsync("kim-hayoon");

        using var answer = await citizen.GetAsync(Page, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
    }
}
