using System.Net;
using AngleSharp.Html.Parser;
using Egov.Identity.Contracts;
using Egov.Identity.Domain;
using Egov.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Egov.Identity.Tests;

/// <summary>A partner service that needs AAL2 (<c>acr_values</c>) makes a password-only session step up.</summary>
public sealed class StepUpTests(EgovHostFixture host) : IClassFixture<EgovHostFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Aal2Service_SendsAPasswordOnlyPersonToSetUpTheApp_ThenIssuesAal2()
    {
        await TestAccounts.CreateAsync(host.Factory.Services, "citizen-step-up");
        var person = new PersonAtTheBrowser(host.Factory);
        using (await person.SignInAsync("citizen-step-up"))
        {
        }

        var (verifier, challenge) = DemoPartner.Pkce();
        var authorizeUrl = DemoPartner.AuthorizeUrl(challenge) + "&acr_values=" + Uri.EscapeDataString(AssuranceLevels.Aal2);
        using var stepUp = await person.GetAsync(authorizeUrl);
        Assert.Equal(HttpStatusCode.Redirect, stepUp.StatusCode);
        Assert.StartsWith("/account/authenticator", stepUp.Headers.Location!.OriginalString, StringComparison.Ordinal);

        using var setupPage = await person.GetAsync(stepUp.Headers.Location!.OriginalString);
        var key = await TestAccounts.AuthenticatorKeyAsync(setupPage);
        using var done = await person.SubmitAsync(setupPage, new Dictionary<string, string> { ["Form.Code"] = Totp.Code(key, Totp.StepAt(DateTimeOffset.UtcNow)) });
        var continueTo = new HtmlParser().ParseDocument(await done.Content.ReadAsStringAsync(Ct)).QuerySelector("main a.krds-btn, main a[href*='connect/authorize']")!.GetAttribute("href")!;

        using var consentPage = await person.GetAsync(continueTo);
        using var consented = await person.SubmitAsync(consentPage, new Dictionary<string, string>(), ("decision", "accept"));
        var code = QueryHelpers.ParseQuery(consented.Headers.Location!.Query)["code"]!;
        var tokens = await DemoPartner.RedeemAsync(host.Factory.CreateClient(), code!, verifier);
        var idToken = new JsonWebToken(tokens.GetProperty("id_token").GetString());

        Assert.Equal(AssuranceLevels.Aal2, idToken.GetClaim("acr").Value);
    }
}
