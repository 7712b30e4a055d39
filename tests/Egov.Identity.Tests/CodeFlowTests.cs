using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Egov.Identity.Contracts;
using Egov.Identity.Oidc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Egov.Testing;

namespace Egov.Identity.Tests;

/// <summary>A partner app's authorization code flow with PKCE, sign-in and consent, then refresh-token rotation.</summary>
public sealed class CodeFlowTests(EgovHostFixture host) : IClassFixture<EgovHostFixture>
{
    private const string Redirect = DemoPartner.Redirect;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CodeFlow_SignInAndConsent_IssueAnIdTokenAtAal1_AndTheRefreshTokenRotates()
    {
        var account = await TestAccounts.CreateAsync(host.Factory.Services, "citizen-code-flow");
        var person = new PersonAtTheBrowser(host.Factory);
        var (verifier, challenge) = DemoPartner.Pkce();

        using var authorize = await person.GetAsync(DemoPartner.AuthorizeUrl(challenge, "openid profile offline_access", "state-1"));
        Assert.Equal(HttpStatusCode.Redirect, authorize.StatusCode);
        Assert.StartsWith("/account/sign-in", authorize.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        using var signedIn = await person.SignInAtAsync(authorize.Headers.Location!.PathAndQuery, "citizen-code-flow");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        using var consentPage = await person.GetAsync(signedIn.Headers.Location!.OriginalString);
        Assert.Contains("Demo Bank", await consentPage.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        using var consented = await person.SubmitAsync(consentPage, new Dictionary<string, string>(), ("decision", "accept"));
        Assert.Equal(HttpStatusCode.Redirect, consented.StatusCode);
        var callback = consented.Headers.Location!;
        Assert.StartsWith(Redirect, callback.ToString(), StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(callback.Query);
        Assert.Equal("state-1", query["state"]);

        var tokens = await TokenAsync(new() { ["grant_type"] = "authorization_code", ["code"] = query["code"]!, ["redirect_uri"] = Redirect, ["code_verifier"] = verifier });
        var idToken = new JsonWebToken(tokens.GetProperty("id_token").GetString());
        Assert.Equal(host.Factory.Services.GetRequiredService<PairwiseSubjects>().For(DemoClientSeeder.ClientId, account.Id), idToken.Subject);
        Assert.NotEqual(account.Id.ToString(), idToken.Subject);
        Assert.Equal(AssuranceLevels.Aal1, idToken.GetClaim("acr").Value);
        Assert.Equal("pwd", idToken.GetClaim("amr").Value);
        var firstRefresh = tokens.GetProperty("refresh_token").GetString()!;

        var rotated = await TokenAsync(new() { ["grant_type"] = "refresh_token", ["refresh_token"] = firstRefresh });
        var secondRefresh = rotated.GetProperty("refresh_token").GetString()!;
        Assert.NotEqual(firstRefresh, secondRefresh);

        // Reuse of a redeemed refresh token: refused, and the whole family (the newer token too) is revoked.
        Assert.Equal("invalid_grant", (await TokenErrorAsync(new() { ["grant_type"] = "refresh_token", ["refresh_token"] = firstRefresh })));
        Assert.Equal("invalid_grant", (await TokenErrorAsync(new() { ["grant_type"] = "refresh_token", ["refresh_token"] = secondRefresh })));
    }

    [Fact]
    public async Task CodeFlow_WithAMismatchedPkceVerifier_IsRefused()
    {
        await TestAccounts.CreateAsync(host.Factory.Services, "citizen-pkce");
        var person = new PersonAtTheBrowser(host.Factory);
        var (_, challenge) = DemoPartner.Pkce();
        var code = await SignInAndConsentAsync(person, "citizen-pkce", challenge);

        var error = await TokenErrorAsync(new() { ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = Redirect, ["code_verifier"] = DemoPartner.Pkce().Verifier });

        Assert.Equal("invalid_grant", error);
    }

    [Fact]
    public async Task SignIn_WithAWrongPassword_SaysTheSameWhetherOrNotTheIdExists()
    {
        await TestAccounts.CreateAsync(host.Factory.Services, "citizen-wrong-password");
        var person = new PersonAtTheBrowser(host.Factory);

        async Task<string> AttemptAsync(string userName)
        {
            using var answer = await person.SignInAsync(userName, "not the password");
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            var html = await answer.Content.ReadAsStringAsync(Ct);
            Assert.DoesNotContain("not the password", html, StringComparison.Ordinal);
            return html.Replace(userName, "", StringComparison.Ordinal);
        }

        var known = await AttemptAsync("citizen-wrong-password");
        var unknown = await AttemptAsync("nobody-has-this-id");

        Assert.Equal(ErrorText(known), ErrorText(unknown));
    }

    private static string ErrorText(string html) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector(".krds-form-error, [id$='-error'], .egov-error-summary")?.TextContent.Trim() ?? "(none)";

    private static async Task<string> SignInAndConsentAsync(PersonAtTheBrowser person, string userName, string challenge)
    {
        var callback = await person.AuthorizeWithConsentAsync(DemoPartner.AuthorizeUrl(challenge, "openid profile offline_access"), userName);
        return QueryHelpers.ParseQuery(callback.Query)["code"]!;
    }

    private async Task<JsonElement> TokenAsync(Dictionary<string, string> form)
    {
        using var response = await PostTokenAsync(form);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        return body;
    }

    private async Task<string?> TokenErrorAsync(Dictionary<string, string> form)
    {
        using var response = await PostTokenAsync(form);
        Assert.False(response.IsSuccessStatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("error").GetString();
    }

    private Task<HttpResponseMessage> PostTokenAsync(Dictionary<string, string> form) =>
        host.Factory.CreateClient().PostAsync("/connect/token", DemoPartner.TokenRequest(form), Ct);
}
