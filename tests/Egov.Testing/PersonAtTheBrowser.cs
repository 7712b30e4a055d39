using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Egov.Testing;

/// <summary>
/// A person using the platform's pages through HTTP as a browser does: cookies kept, redirects followed by
/// hand so each step can be checked, forms read from the page (with their antiforgery tokens) and posted.
/// </summary>
public sealed class PersonAtTheBrowser(WebApplicationFactory<Program> factory, Uri? baseAddress = null)
{
    public const string Password = "correct horse battery staple";

    /// <summary>The browser: on the test server, or over a real socket to a host on Kestrel at <paramref name="baseAddress"/>.</summary>
    public HttpClient Client { get; } = baseAddress is null
        ? factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true })
        : new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = baseAddress };

    public async Task<HttpResponseMessage> GetAsync(string url) => await Client.GetAsync(url, TestContext.Current.CancellationToken);

    /// <summary>Signs in with ID and password on the sign-in page; returns the answer to the form post.</summary>
    public Task<HttpResponseMessage> SignInAsync(string userName, string password = Password) =>
        SignInAtAsync("/account/sign-in", userName, password);

    /// <summary>The same, on a sign-in page a redirect pointed to (it carries where to return).</summary>
    public async Task<HttpResponseMessage> SignInAtAsync(string signInUrl, string userName, string password = Password)
    {
        using var page = await GetAsync(signInUrl);
        return await SubmitAsync(page, new Dictionary<string, string> { ["Form.UserName"] = userName, ["Form.Password"] = password });
    }

    /// <summary>A partner's authorization request, signed in and consented to; returns where the partner is sent back.</summary>
    public async Task<Uri> AuthorizeWithConsentAsync(string authorizeUrl, string userName)
    {
        using var authorize = await GetAsync(authorizeUrl);
        using var signedIn = await SignInAtAsync(authorize.Headers.Location!.OriginalString, userName);
        using var consentPage = await GetAsync(signedIn.Headers.Location!.OriginalString);
        using var consented = await SubmitAsync(consentPage, new Dictionary<string, string>(), ("decision", "accept"));
        return consented.Headers.Location!;
    }

    /// <summary>Fills the page's form (by the button that submits it) and posts it; <paramref name="which"/> picks one of several.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(
        HttpResponseMessage page, IEnumerable<KeyValuePair<string, string>> fields, (string Name, string Value)? button = null, Func<IHtmlFormElement, bool>? which = null)
    {
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var document = await new HtmlParser().ParseDocumentAsync(await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        // The page's own form, not the header's (language switch, sign-out).
        var form = document.QuerySelectorAll("main form").Cast<IHtmlFormElement>()
            .Where(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase))
            .Single(f => which?.Invoke(f) ?? f.GetAttribute("action") is null);
        var values = form.Elements.OfType<IHtmlInputElement>()
            .Where(i => i.Type == "hidden" && !string.IsNullOrEmpty(i.Name) && !fields.Any(f => f.Key == i.Name))
            .Select(i => new KeyValuePair<string, string>(i.Name!, i.Value))
            .Concat(fields)
            .ToList();
        if (button is { } b)
        {
            values.Add(new(b.Name, b.Value));
        }

        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? page.RequestMessage!.RequestUri!.PathAndQuery : form.GetAttribute("action")!;
        return await Client.PostAsync(action, new FormUrlEncodedContent(values), TestContext.Current.CancellationToken);
    }
}
