using System.Net;
using Egov.Identity.Oidc;
using Egov.Testing;
using Microsoft.AspNetCore.WebUtilities;

namespace Egov.Identity.Tests;

/// <summary>
/// <c>/connect/endsession</c> (OpenID Connect RP-Initiated Logout 1.0): signs out at once only for an id_token_hint
/// of the signed-in person; otherwise asks first, so a third-party page cannot sign people out.
/// </summary>
public sealed class EndSessionTests(EgovHostFixture host) : IClassFixture<EgovHostFixture>
{
    private const string PostLogout = "http://127.0.0.1:5100/signout-callback-oidc";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task HintOfTheSignedInPerson_SignsOut_AndReturnsToTheRegisteredAddressWithState()
    {
        var (person, idToken) = await SignedInWithIdTokenAsync("citizen-logout-hint");

        using var logout = await person.GetAsync(EndSessionUrl(idToken, PostLogout, "bye"));

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal(PostLogout, logout.Headers.Location!.GetLeftPart(UriPartial.Path));
        Assert.Equal("bye", QueryHelpers.ParseQuery(logout.Headers.Location!.Query)["state"]);
        Assert.False(await IsSignedInAsync(person));
    }

    [Fact]
    public async Task WithoutAHint_AsksFirst_AndSignsOutOnlyWhenConfirmed()
    {
        var person = await SignedInPeople.CitizenAsync(host.Factory, "citizen-logout-ask");

        using var ask = await person.GetAsync($"/connect/endsession?client_id={DemoClientSeeder.ClientId}&post_logout_redirect_uri={Uri.EscapeDataString(PostLogout)}&state=s1");
        Assert.Equal(HttpStatusCode.OK, ask.StatusCode);
        Assert.Contains("Demo Bank", await ask.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.True(await IsSignedInAsync(person));

        using var confirmed = await person.SubmitAsync(ask, new Dictionary<string, string>(), ("decision", "leave"));

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.StartsWith(PostLogout + "?state=s1", confirmed.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.False(await IsSignedInAsync(person));
    }

    [Fact]
    public async Task StayingSignedIn_KeepsTheSession()
    {
        var person = await SignedInPeople.CitizenAsync(host.Factory, "citizen-logout-stay");

        using var ask = await person.GetAsync("/connect/endsession");
        using var stayed = await person.SubmitAsync(ask, new Dictionary<string, string>(), ("decision", "stay"));

        Assert.Equal("/", stayed.Headers.Location!.OriginalString);
        Assert.True(await IsSignedInAsync(person));
    }

    [Fact]
    public async Task HintOfAnotherPerson_AsksFirst()
    {
        var (_, othersToken) = await SignedInWithIdTokenAsync("citizen-logout-other");
        var victim = await SignedInPeople.CitizenAsync(host.Factory, "citizen-logout-victim");

        using var ask = await victim.GetAsync(EndSessionUrl(othersToken, PostLogout, "x"));

        Assert.Equal(HttpStatusCode.OK, ask.StatusCode);
        Assert.True(await IsSignedInAsync(victim));
    }

    [Fact]
    public async Task ConfirmationWithoutTheAntiforgeryToken_IsRefused()
    {
        var person = await SignedInPeople.CitizenAsync(host.Factory, "citizen-logout-forged");

        using var forged = await person.Client.PostAsync("/connect/endsession", new FormUrlEncodedContent(new Dictionary<string, string> { ["decision"] = "leave" }), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.True(await IsSignedInAsync(person));
    }

    [Fact]
    public async Task UnregisteredReturnAddress_IsRefusedWithAReadablePage_AndTheSessionKept()
    {
        var (person, idToken) = await SignedInWithIdTokenAsync("citizen-logout-unregistered");
        person.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        using var logout = await person.GetAsync(EndSessionUrl(idToken, "https://attacker.example.com/", "x"));

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal("/connect/endsession/refused?reason=address", logout.Headers.Location!.OriginalString);
        using var page = await person.GetAsync(logout.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("The address to return to is not registered for this service", await page.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.True(await IsSignedInAsync(person));
    }

    private static string EndSessionUrl(string idToken, string postLogout, string state) =>
        $"/connect/endsession?id_token_hint={idToken}&post_logout_redirect_uri={Uri.EscapeDataString(postLogout)}&state={state}";

    private async Task<(PersonAtTheBrowser Person, string IdToken)> SignedInWithIdTokenAsync(string userName)
    {
        await TestAccounts.CreateAsync(host.Factory.Services, userName);
        var person = new PersonAtTheBrowser(host.Factory);
        var (verifier, challenge) = DemoPartner.Pkce();
        var callback = await person.AuthorizeWithConsentAsync(DemoPartner.AuthorizeUrl(challenge), userName);
        var tokens = await DemoPartner.RedeemAsync(host.Factory.CreateClient(), QueryHelpers.ParseQuery(callback.Query)["code"]!, verifier);
        return (person, tokens.GetProperty("id_token").GetString()!);
    }

    private static async Task<bool> IsSignedInAsync(PersonAtTheBrowser person)
    {
        using var home = await person.GetAsync("/");
        return (await home.Content.ReadAsStringAsync(Ct)).Contains("/account/sign-out", StringComparison.Ordinal);
    }
}
