using System.Security.Cryptography;
using System.Text;
using Egov.Identity.Oidc;
using Microsoft.IdentityModel.Tokens;

namespace Egov.Identity.Tests;

/// <summary>What the demo partner app sends: its redirect address, PKCE pairs, authorization URLs.</summary>
internal static class DemoPartner
{
    public const string Redirect = "http://127.0.0.1:5100/signin-oidc";

    public static (string Verifier, string Challenge) Pkce()
    {
        var verifier = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        return (verifier, Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
    }

    public static string AuthorizeUrl(string challenge, string scope = "openid", string state = "s") =>
        $"/connect/authorize?client_id={DemoClientSeeder.ClientId}&response_type=code&scope={Uri.EscapeDataString(scope)}"
        + $"&redirect_uri={Uri.EscapeDataString(Redirect)}&code_challenge={challenge}&code_challenge_method=S256&state={state}";

    /// <summary>Redeems an authorization code as the partner's back end does; returns the token response.</summary>
    public static async Task<System.Text.Json.JsonElement> RedeemAsync(HttpClient client, string code, string verifier)
    {
        using var response = await client.PostAsync("/connect/token", TokenRequest(new()
        {
            ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = Redirect, ["code_verifier"] = verifier,
        }), TestContext.Current.CancellationToken);
        return await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<System.Text.Json.JsonElement>(response.Content, TestContext.Current.CancellationToken);
    }

    /// <summary>The token request's form with the partner's credentials added.</summary>
    public static FormUrlEncodedContent TokenRequest(Dictionary<string, string> form)
    {
        form["client_id"] = DemoClientSeeder.ClientId;
        form["client_secret"] = DemoClientSeeder.DevelopmentSecret;
        return new FormUrlEncodedContent(form);
    }
}
