using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
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
        await PersonAtTheBrowser.CreateAccountAsync(host.Factory.Services, "citizen-step-up");
        var person = new PersonAtTheBrowser(host.Factory);
        using (var page = await person.GetAsync("/account/sign-in"))
        using (await person.SubmitAsync(page, new Dictionary<string, string> { ["Form.UserName"] = "citizen-step-up", ["Form.Password"] = PersonAtTheBrowser.Password }))
        {
        }

        var (verifier, challenge) = DemoPartner.Pkce();
        var authorizeUrl = DemoPartner.AuthorizeUrl(challenge) + "&acr_values=" + Uri.EscapeDataString(AssuranceLevels.Aal2);
        using var stepUp = await person.GetAsync(authorizeUrl);
        Assert.Equal(HttpStatusCode.Redirect, stepUp.StatusCode);
        Assert.StartsWith("/account/authenticator", stepUp.Headers.Location!.OriginalString, StringComparison.Ordinal);

        using var setupPage = await person.GetAsync(stepUp.Headers.Location!.OriginalString);
        var key = Base32.Decode(new HtmlParser().ParseDocument(await setupPage.Content.ReadAsStringAsync(Ct))
            .QuerySelector("main p code")!.TextContent.Replace(" ", "", StringComparison.Ordinal));
        using var done = await person.SubmitAsync(setupPage, new Dictionary<string, string> { ["Form.Code"] = Totp.Code(key, Totp.StepAt(DateTimeOffset.UtcNow)) });
        var continueTo = new HtmlParser().ParseDocument(await done.Content.ReadAsStringAsync(Ct)).QuerySelector("main a.krds-btn, main a[href*='connect/authorize']")!.GetAttribute("href")!;

        using var consentPage = await person.GetAsync(continueTo);
        using var consented = await person.SubmitAsync(consentPage, new Dictionary<string, string>(), ("decision", "accept"));
        var code = QueryHelpers.ParseQuery(consented.Headers.Location!.Query)["code"]!;
        using var response = await host.Factory.CreateClient().PostAsync("/connect/token", DemoPartner.TokenRequest(new()
        {
            ["grant_type"] = "authorization_code", ["code"] = code!, ["redirect_uri"] = DemoPartner.Redirect, ["code_verifier"] = verifier,
        }), Ct);
        var idToken = new JsonWebToken((await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id_token").GetString());

        Assert.Equal(AssuranceLevels.Aal2, idToken.GetClaim("acr").Value);
    }
}
