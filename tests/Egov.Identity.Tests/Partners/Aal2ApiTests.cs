using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Egov.Identity.Contracts;
using Egov.Testing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Validation.AspNetCore;

namespace Egov.Identity.Tests.Partners;

/// <summary>
/// An API any module could declare with <see cref="AssuranceLevels.Aal2Policy"/> and bearer tokens: a token from a
/// password-only session gets 403 with the OAuth step-up challenge (RFC 9470); a token from an AAL2 session passes.
/// </summary>
public sealed class Aal2ApiTests(EgovHostFixture host) : IClassFixture<EgovHostFixture>
{
    private const string Api = "/api/test/aal2";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Aal1Token_Gets403WithTheStepUpChallenge_Aal2TokenPasses()
    {
        using var factory = host.Factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IStartupFilter, Aal2Api>()));
        var person = await SignedInPeople.CitizenAsync(factory, "citizen-api");

        using (var refused = await CallAsync(factory, await AccessTokenAsync(factory, person)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            var challenge = refused.Headers.WwwAuthenticate.ToString();
            Assert.Contains("error=\"insufficient_user_authentication\"", challenge, StringComparison.Ordinal);
            Assert.Contains($"acr_values=\"{AssuranceLevels.Aal2}\"", challenge, StringComparison.Ordinal);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
            var problem = await refused.Content.ReadFromJsonAsync<JsonElement>(Ct);
            Assert.Equal(403, problem.GetProperty("status").GetInt32());
            Assert.Equal(AssuranceLevels.Aal2, problem.GetProperty("acr_values").GetString());
        }

        await Administrator.SetUpAuthenticatorAsync(person, "/account/authenticator");
        using var allowed = await CallAsync(factory, await AccessTokenAsync(factory, person));
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task NoToken_IsChallenged()
    {
        using var factory = host.Factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IStartupFilter, Aal2Api>()));

        using var answer = await factory.CreateClient().GetAsync(Api, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
    }

    private static async Task<HttpResponseMessage> CallAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory, string accessToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Api);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return await factory.CreateClient().SendAsync(request, Ct);
    }

    /// <summary>The demo partner's code flow for the already signed-in person (consent each time: a new scope set).</summary>
    private static async Task<string> AccessTokenAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory, PersonAtTheBrowser person)
    {
        var (verifier, challenge) = DemoPartner.Pkce();
        using var consentPage = await person.GetAsync(DemoPartner.AuthorizeUrl(challenge, state: Guid.NewGuid().ToString("N")));
        using var consented = consentPage.StatusCode == HttpStatusCode.OK
            ? await person.SubmitAsync(consentPage, new Dictionary<string, string>(), ("decision", "accept"))
            : null;
        var callback = (consented ?? consentPage).Headers.Location!;
        var tokens = await DemoPartner.RedeemAsync(factory.CreateClient(), QueryHelpers.ParseQuery(callback.Query)["code"]!, verifier);
        return tokens.GetProperty("access_token").GetString()!;
    }

    /// <summary>A module's API in miniature: bearer tokens, the AAL2 policy, nothing else.</summary>
    private sealed class Aal2Api : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            // Not Map: a path base would change the issuer the token is checked against.
            app.UseWhen(c => c.Request.Path == Api, api =>
            {
                api.UseRouting();
                api.UseAuthentication();
                api.UseAuthorization();
                api.UseEndpoints(e => e.MapGet(Api, () => Results.Ok(new { ok = true })).RequireAuthorization(new AuthorizeAttribute
                {
                    Policy = AssuranceLevels.Aal2Policy,
                    AuthenticationSchemes = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme,
                }));
            });
            next(app);
        };
    }
}
