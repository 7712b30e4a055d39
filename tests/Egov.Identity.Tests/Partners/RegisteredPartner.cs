using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.WebUtilities;

namespace Egov.Identity.Tests.Partners;

/// <summary>A partner registered in a test: its registration form, and what its app and back end send.</summary>
internal sealed record RegisteredPartner(string ClientId, string? Secret, string Redirect = "https://partner.example.org/callback")
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The registration form's fields; grant types and scopes may repeat.</summary>
    public static List<KeyValuePair<string, string>> Form(
        string clientId, string[] grants, string? redirects = "https://partner.example.org/callback", string[]? scopes = null,
        string subjectType = "pairwise", string clientType = "confidential")
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Form.ClientId", clientId), new("Form.DisplayName", $"Partner {clientId}"), new("Form.DisplayNames[en]", $"Partner {clientId} (en)"),
            new("Form.ClientType", clientType), new("Form.RedirectUris", redirects ?? ""), new("Form.SubjectType", subjectType),
        };
        fields.AddRange(grants.Select(g => new KeyValuePair<string, string>("Form.GrantTypes", g)));
        fields.AddRange((scopes ?? ["profile"]).Select(s => new KeyValuePair<string, string>("Form.Scopes", s)));
        return fields;
    }

    /// <summary>Registers through <c>/admin/partners/new</c> as the administrator; returns the answer page's HTML.</summary>
    public static async Task<string> RegisterAsync(PersonAtTheBrowser admin, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var page = await admin.GetAsync("/admin/partners/new");
        using var answer = await admin.SubmitAsync(page, fields);
        Assert.Equal(System.Net.HttpStatusCode.OK, answer.StatusCode);
        return await answer.Content.ReadAsStringAsync(Ct);
    }

    /// <summary>The secret shown once on the answer page, or null when there is none.</summary>
    public static string? SecretIn(string html) => new HtmlParser().ParseDocument(html).QuerySelector(".egov-secret code")?.TextContent;

    public string AuthorizeUrl(string challenge, string scope = "openid") =>
        $"/connect/authorize?client_id={ClientId}&response_type=code&scope={Uri.EscapeDataString(scope)}"
        + $"&redirect_uri={Uri.EscapeDataString(Redirect)}&code_challenge={challenge}&code_challenge_method=S256&state=s";

    /// <summary>A person's code flow with PKCE through sign-in and consent; returns the token response.</summary>
    public async Task<JsonElement> CodeFlowAsync(PersonAtTheBrowser person, HttpClient backEnd, string userName)
    {
        var (verifier, challenge) = DemoPartner.Pkce();
        var callback = await person.AuthorizeWithConsentAsync(AuthorizeUrl(challenge), userName);
        Assert.StartsWith(Redirect, callback.ToString(), StringComparison.Ordinal);
        var code = QueryHelpers.ParseQuery(callback.Query)["code"].ToString();
        using var response = await TokenAsync(backEnd, new()
        {
            ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = Redirect, ["code_verifier"] = verifier,
        });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        return body;
    }

    public async Task<HttpResponseMessage> TokenAsync(HttpClient backEnd, Dictionary<string, string> form, string? secret = null)
    {
        form["client_id"] = ClientId;
        if ((secret ?? Secret) is { } s)
        {
            form["client_secret"] = s;
        }

        return await backEnd.PostAsync("/connect/token", new FormUrlEncodedContent(form), Ct);
    }

    /// <summary>The client-credentials answer: null when tokens were issued, otherwise the OAuth error.</summary>
    public async Task<string?> ClientCredentialsErrorAsync(HttpClient backEnd, string? secret = null)
    {
        using var response = await TokenAsync(backEnd, new() { ["grant_type"] = "client_credentials", ["scope"] = "registries.exchange" }, secret);
        return response.IsSuccessStatusCode ? null : (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("error").GetString();
    }
}
