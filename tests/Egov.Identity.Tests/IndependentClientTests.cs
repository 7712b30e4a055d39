using Duende.IdentityModel.Client;
using Duende.IdentityModel.OidcClient;
using Duende.IdentityModel.OidcClient.Browser;
using Egov.Identity.Oidc;
using Microsoft.Extensions.DependencyInjection;
using Egov.Testing;

namespace Egov.Identity.Tests;

/// <summary>
/// Interoperability: a certified OpenID Connect client library we did not write (Duende.IdentityModel) runs
/// discovery, code + PKCE with ID-token validation against the JWKS, and client credentials.
/// </summary>
public sealed class IndependentClientTests(EgovHostFixture host) : IClassFixture<EgovHostFixture>
{
    private const string Redirect = DemoPartner.Redirect;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OidcClient_CompletesCodeFlowWithPkce_AndValidatesTheIdToken()
    {
        var account = await TestAccounts.CreateAsync(host.Factory.Services, "citizen-oidcclient");
        var client = new OidcClient(new OidcClientOptions
        {
            Authority = host.Factory.Server.BaseAddress.ToString(),
            ClientId = DemoClientSeeder.ClientId,
            ClientSecret = DemoClientSeeder.DevelopmentSecret,
            RedirectUri = Redirect,
            Scope = "openid profile",
            BackchannelHandler = host.Factory.Server.CreateHandler(),
            Browser = new SignInAndConsent(new PersonAtTheBrowser(host.Factory), account.UserName!),
            Policy = { Discovery = { RequireHttps = false } },
        });

        var result = await client.LoginAsync(cancellationToken: Ct);

        Assert.False(result.IsError, result.Error + " " + result.ErrorDescription);
        Assert.Equal(host.Factory.Services.GetRequiredService<PairwiseSubjects>().For(DemoClientSeeder.ClientId, account.Id), result.User.FindFirst("sub")?.Value);
        Assert.Equal("홍길동", result.User.FindFirst("name")?.Value);
    }

    [Fact]
    public async Task IdentityModelClient_GetsAClientCredentialsToken_FromTheDiscoveredEndpoint()
    {
        using var http = host.Factory.CreateClient();
        var discovery = await http.GetDiscoveryDocumentAsync(new DiscoveryDocumentRequest
        {
            Address = host.Factory.Server.BaseAddress.ToString(),
            Policy = { RequireHttps = false },
        }, Ct);
        Assert.False(discovery.IsError, discovery.Error);

        var token = await http.RequestClientCredentialsTokenAsync(new ClientCredentialsTokenRequest
        {
            Address = discovery.TokenEndpoint,
            ClientId = DemoClientSeeder.ClientId,
            ClientSecret = DemoClientSeeder.DevelopmentSecret,
            Scope = "registries.exchange",
        }, Ct);

        Assert.False(token.IsError, token.Error);
        Assert.NotNull(token.AccessToken);
    }

    /// <summary>The "browser" OidcClient opens: the person signs in and consents on the platform's pages.</summary>
    private sealed class SignInAndConsent(PersonAtTheBrowser person, string userName) : IBrowser
    {
        public async Task<BrowserResult> InvokeAsync(BrowserOptions options, CancellationToken cancellationToken = default)
        {
            var callback = await person.AuthorizeWithConsentAsync(options.StartUrl, userName);
            return new BrowserResult { ResultType = BrowserResultType.Success, Response = callback.ToString() };
        }
    }
}
