using System.Net;
using AngleSharp.Html.Parser;
using Egov.Identity.Contracts;
using Egov.Identity.Domain;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.JsonWebTokens;
using Egov.Testing;

namespace Egov.Identity.Tests;

/// <summary>Authenticator app as second factor: set-up, sign-in at AAL2, wrong, replayed and expired codes.</summary>
public sealed class TwoFactorTests(EgovHostFixture host) : IClassFixture<EgovHostFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Authenticator_SetUp_ThenCodeFlow_IssuesAal2_AndRefusesWrongReplayedAndExpiredCodes()
    {
        await TestAccounts.CreateAsync(host.Factory.Services, "citizen-totp");
        var person = new PersonAtTheBrowser(host.Factory);
        using (await person.SignInAsync("citizen-totp"))
        {
        }

        // Set-up: the key from the page, the current code from "the app".
        using var setupPage = await person.GetAsync("/account/authenticator");
        var key = await TestAccounts.AuthenticatorKeyAsync(setupPage);
        var now = Totp.StepAt(DateTimeOffset.UtcNow);
        using var done = await person.SubmitAsync(setupPage, new Dictionary<string, string> { ["Form.Code"] = Totp.Code(key, now) });
        Assert.Equal(10, new HtmlParser().ParseDocument(await done.Content.ReadAsStringAsync(Ct)).QuerySelectorAll(".egov-recovery-codes li").Length);

        // A new session: authorize, password, then the second step.
        var fresh = new PersonAtTheBrowser(host.Factory);
        var (verifier, challenge) = DemoPartner.Pkce();
        using var authorize = await fresh.GetAsync(DemoPartner.AuthorizeUrl(challenge));
        using var codePageRedirect = await fresh.SignInAtAsync(authorize.Headers.Location!.PathAndQuery, "citizen-totp");
        Assert.StartsWith("/account/sign-in/code", codePageRedirect.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var codePath = codePageRedirect.Headers.Location!.OriginalString;

        Assert.Equal(HttpStatusCode.OK, (await SubmitCodeAsync(fresh, codePath, "000000")).StatusCode);                 // wrong
        Assert.Equal(HttpStatusCode.OK, (await SubmitCodeAsync(fresh, codePath, Totp.Code(key, now))).StatusCode);      // replayed (used at set-up)
        Assert.Equal(HttpStatusCode.OK, (await SubmitCodeAsync(fresh, codePath, Totp.Code(key, now - 3))).StatusCode);  // expired
        using var accepted = await SubmitCodeAsync(fresh, codePath, Totp.Code(key, now + 1));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);

        using var consentPage = await fresh.GetAsync(accepted.Headers.Location!.OriginalString);
        using var consented = await fresh.SubmitAsync(consentPage, new Dictionary<string, string>(), ("decision", "accept"));
        var code = QueryHelpers.ParseQuery(consented.Headers.Location!.Query)["code"]!;
        var tokens = await DemoPartner.RedeemAsync(host.Factory.CreateClient(), code!, verifier);
        var idToken = new JsonWebToken(tokens.GetProperty("id_token").GetString());
        Assert.Equal(AssuranceLevels.Aal2, idToken.GetClaim("acr").Value);
        Assert.Equal(["otp", "pwd"], idToken.Claims.Where(c => c.Type == "amr").Select(c => c.Value).Order());
    }

    private static async Task<HttpResponseMessage> SubmitCodeAsync(PersonAtTheBrowser person, string codePath, string code)
    {
        using var page = await person.GetAsync(codePath);
        return await person.SubmitAsync(page, new Dictionary<string, string> { ["Form.Code"] = code });
    }
}
