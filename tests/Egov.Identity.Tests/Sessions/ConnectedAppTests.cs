using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Egov.Identity.Contracts;
using Egov.Testing;
using Microsoft.AspNetCore.WebUtilities;

namespace Egov.Identity.Tests.Sessions;

/// <summary>Partner apps on the account page: listed while authorized; revoking one stops its refresh tokens at once.</summary>
public sealed class ConnectedAppTests(EgovHostFixture host) : IClassFixture<EgovHostFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RevokingAConnectedApp_MakesItsRefreshTokenFail()
    {
        await TestAccounts.CreateAsync(host.Factory.Services, "apps-revoke");
        var (person, refreshToken) = await ConnectDemoBankAsync("apps-revoke");

        using var page = await person.GetAsync("/account");
        var html = await page.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Demo Bank", html, StringComparison.Ordinal);
        using var revoked = await person.SubmitAsync(page, new Dictionary<string, string>(),
            which: f => f.GetAttribute("action")?.EndsWith("handler=RevokeApp", StringComparison.Ordinal) == true);

        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal("invalid_grant", await RefreshErrorAsync(refreshToken));
        using var after = await person.GetAsync("/account");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.DoesNotContain("Demo Bank", await after.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SomeoneElsesAuthorizationId_IsNotFound_AndTheirAppKeepsWorking()
    {
        await TestAccounts.CreateAsync(host.Factory.Services, "apps-victim");
        await TestAccounts.CreateAsync(host.Factory.Services, "apps-intruder");
        var (victim, refreshToken) = await ConnectDemoBankAsync("apps-victim");
        using var victimPage = await victim.GetAsync("/account");
        var authorizationId = new HtmlParser().ParseDocument(await victimPage.Content.ReadAsStringAsync(Ct))
            .QuerySelector("form[action$='handler=RevokeApp'] input[name=id]")!.GetAttribute("value")!;
        var intruder = new PersonAtTheBrowser(host.Factory);
        using (await intruder.SignInAsync("apps-intruder"))
        {
        }

        using var refused = await MyAccountTests.PostAsync(intruder, "RevokeApp", authorizationId);

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        using var refreshed = await RefreshAsync(refreshToken);
        Assert.True(refreshed.IsSuccessStatusCode, await refreshed.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task SignOutEverywhere_KeepsConnectedAppsWorking()
    {
        await TestAccounts.CreateAsync(host.Factory.Services, "apps-everywhere");
        var (person, refreshToken) = await ConnectDemoBankAsync("apps-everywhere");
        using var page = await person.GetAsync("/account");
        using (await person.SubmitAsync(page, new Dictionary<string, string>(),
            which: f => f.GetAttribute("action")?.EndsWith("handler=SignOutEverywhere", StringComparison.Ordinal) == true))
        {
        }

        using var refreshed = await RefreshAsync(refreshToken);
        Assert.True(refreshed.IsSuccessStatusCode, await refreshed.Content.ReadAsStringAsync(Ct));
    }

    /// <summary>The demo bank's code flow with <c>offline_access</c>: the person signs in and consents; the bank gets a refresh token.</summary>
    private async Task<(PersonAtTheBrowser Person, string RefreshToken)> ConnectDemoBankAsync(string userName)
    {
        var person = new PersonAtTheBrowser(host.Factory);
        var (verifier, challenge) = DemoPartner.Pkce();
        var callback = await person.AuthorizeWithConsentAsync(DemoPartner.AuthorizeUrl(challenge, "openid profile offline_access"), userName);
        var tokens = await DemoPartner.RedeemAsync(host.Factory.CreateClient(), QueryHelpers.ParseQuery(callback.Query)["code"]!, verifier);
        return (person, tokens.GetProperty("refresh_token").GetString()!);
    }

    private Task<HttpResponseMessage> RefreshAsync(string refreshToken) =>
        host.Factory.CreateClient().PostAsync("/connect/token",
            DemoPartner.TokenRequest(new() { ["grant_type"] = "refresh_token", ["refresh_token"] = refreshToken }), Ct);

    private async Task<string?> RefreshErrorAsync(string refreshToken)
    {
        using var response = await RefreshAsync(refreshToken);
        Assert.False(response.IsSuccessStatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("error").GetString();
    }
}
