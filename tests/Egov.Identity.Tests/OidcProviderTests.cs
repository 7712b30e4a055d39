using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Egov.Identity.Oidc;
using Egov.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Identity.Tests;

public sealed class OidcProviderTests(EgovHostFixture host) : IClassFixture<EgovHostFixture>
{
    private const string DemoRedirect = DemoPartner.Redirect;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Discovery_AnnouncesCodeWithPkce_ClientCredentials_AndRefreshTokens()
    {
        using var document = JsonDocument.Parse(await host.Factory.CreateClient().GetStringAsync("/.well-known/openid-configuration", Ct));
        var root = document.RootElement;

        Assert.Equal(["authorization_code", "client_credentials", "refresh_token"], Strings(root, "grant_types_supported").Order());
        Assert.Equal(["code"], Strings(root, "response_types_supported"));
        Assert.Contains("S256", Strings(root, "code_challenge_methods_supported"));
        Assert.DoesNotContain("plain", Strings(root, "code_challenge_methods_supported"));
        Assert.EndsWith("/connect/endsession", root.GetProperty("end_session_endpoint").GetString(), StringComparison.Ordinal);
        // Pairwise by default; an administrator may register a partner as public (docs/identity.md, Partner clients).
        Assert.Equal(["pairwise", "public"], Strings(root, "subject_types_supported"));
    }

    [Fact]
    public void PairwiseSubjects_AreStablePerPartner_AndDifferAcrossPartners()
    {
        var subjects = host.Factory.Services.GetRequiredService<PairwiseSubjects>();
        var account = Guid.NewGuid();

        Assert.Equal(subjects.For("demo-bank", account), subjects.For("demo-bank", account));
        Assert.NotEqual(subjects.For("demo-bank", account), subjects.For("other-partner", account));
        Assert.NotEqual(subjects.For("demo-bank", account), subjects.For("demo-bank", Guid.NewGuid()));
    }

    [Fact]
    public async Task ClientCredentials_ForTheDemoPartner_IssueAnAccessToken()
    {
        using var response = await TokenAsync(DemoClientSeeder.DevelopmentSecret, "registries.exchange");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("Bearer", token.GetProperty("token_type").GetString());
        Assert.False(string.IsNullOrEmpty(token.GetProperty("access_token").GetString()));
    }

    [Fact]
    public async Task ClientCredentials_WithAWrongSecret_AreRefused()
    {
        using var response = await TokenAsync("not-the-secret", "registries.exchange");

        Assert.False(response.IsSuccessStatusCode);
        Assert.Equal("invalid_client", (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("error").GetString());
    }

    [Fact]
    public async Task ClientCredentials_ForAScopeTheClientMayNotUse_AreRefused()
    {
        using var response = await TokenAsync(DemoClientSeeder.DevelopmentSecret, "admin");

        Assert.False(response.IsSuccessStatusCode);
        Assert.Equal("invalid_scope", (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("error").GetString());
    }

    [Fact]
    public async Task Authorize_WithoutPkce_IsRefused()
    {
        var client = host.Factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync(
            $"/connect/authorize?client_id={DemoClientSeeder.ClientId}&response_type=code&scope=openid&redirect_uri={Uri.EscapeDataString(DemoRedirect)}&state=s1", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("invalid_request", body, StringComparison.Ordinal);
        Assert.Contains("code_challenge", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authorize_ToAnUnregisteredRedirectUri_IsRefusedWithoutRedirecting()
    {
        var client = host.Factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync(
            $"/connect/authorize?client_id={DemoClientSeeder.ClientId}&response_type=code&scope=openid&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256&redirect_uri={Uri.EscapeDataString("https://evil.example/cb")}", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task TwoHostCopies_PublishTheSameSigningKey()
    {
        await using var second = new EgovHostFactory(host.Database);

        var first = await host.Factory.CreateClient().GetStringAsync("/.well-known/jwks", Ct);
        var other = await second.CreateClient().GetStringAsync("/.well-known/jwks", Ct);

        Assert.Equal(first, other);
    }

    private Task<HttpResponseMessage> TokenAsync(string secret, string scope) =>
        host.Factory.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = DemoClientSeeder.ClientId,
            ["client_secret"] = secret,
            ["scope"] = scope,
        }), Ct);

    private static string[] Strings(JsonElement root, string property) =>
        [.. root.GetProperty(property).EnumerateArray().Select(e => e.GetString()!)];
}
