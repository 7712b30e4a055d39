using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Egov.Testing;

namespace Egov.Benchmarks.Officials;

/// <summary>
/// One official at a browser over a real socket: their own cookies, signed in with the demo password through the
/// sign-in page and stepped up to AAL2 by setting up an authenticator app on its page, as a person does. Redirects are
/// not followed, so each request is timed on its own. The approvals load drives the pages with it, the field sync the
/// API (the officials' session cookie is what both take).
/// </summary>
internal sealed class SignedInOfficial(Uri host, string employeeNumber) : IDisposable
{
    private const string DemoPassword = "enjoy-egov-demo";

    public HttpClient Client { get; } = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
    {
        BaseAddress = host,
        Timeout = TimeSpan.FromSeconds(60),
    };

    public string EmployeeNumber => employeeNumber;

    /// <summary>
    /// The sign-in form, then the authenticator set-up (its key read off the page, its current code posted), which makes
    /// the session AAL2; <paramref name="aal2Url"/>, something only an AAL2 session gets, must then answer 200.
    /// </summary>
    public async Task SignInAsync(string aal2Url, CancellationToken cancellationToken)
    {
        using var signedIn = await SubmitAsync(
            await ParseAsync("/account/sign-in", cancellationToken), new() { ["Form.UserName"] = employeeNumber, ["Form.Password"] = DemoPassword }, cancellationToken);
        Expect(signedIn, HttpStatusCode.Redirect, "sign-in");
        var setup = await ParseAsync($"/account/authenticator?returnUrl={Uri.EscapeDataString(aal2Url)}", cancellationToken);
        var keyText = setup.Page.QuerySelector("main p code")?.TextContent
            ?? throw new InvalidOperationException($"{employeeNumber}: no authenticator key on {setup.Url}");
        var code = AuthenticatorApp.CodeAt(AuthenticatorApp.KeyFromBase32(keyText), DateTimeOffset.UtcNow);
        using (await SubmitAsync(setup, new() { ["Form.Code"] = code }, cancellationToken))
        {
        }

        using var landing = await Client.GetAsync(aal2Url, cancellationToken);
        Expect(landing, HttpStatusCode.OK, $"{aal2Url} after step-up");
    }

    /// <summary>Throws unless the answer has the expected status, naming the official and the request.</summary>
    public void Expect(HttpResponseMessage answer, HttpStatusCode status, string what)
    {
        if (answer.StatusCode != status)
        {
            throw new HttpRequestException($"{employeeNumber}: {what} answered {(int)answer.StatusCode}, expected {(int)status}", null, answer.StatusCode);
        }
    }

    public void Dispose() => Client.Dispose();

    /// <summary>Posts the page's own form (not the header's language switch or sign-out) with its hidden fields.</summary>
    private async Task<HttpResponseMessage> SubmitAsync((IHtmlDocument Page, string Url) at, Dictionary<string, string> fields, CancellationToken cancellationToken)
    {
        var (page, finalUrl) = at;
        var form = page.QuerySelectorAll("main form").Cast<IHtmlFormElement>()
            .First(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase) && f.GetAttribute("action") is null);
        var values = form.Elements.OfType<IHtmlInputElement>()
            .Where(i => i.Type == "hidden" && !string.IsNullOrEmpty(i.Name) && !fields.ContainsKey(i.Name!))
            .Select(i => new KeyValuePair<string, string>(i.Name!, i.Value))
            .Concat(fields);
        using var content = new FormUrlEncodedContent(values);
        return await Client.PostAsync(finalUrl, content, cancellationToken);
    }

    private async Task<(IHtmlDocument Page, string Url)> ParseAsync(string url, CancellationToken cancellationToken)
    {
        using var answer = await Client.GetAsync(url, cancellationToken);
        Expect(answer, HttpStatusCode.OK, url);
        var page = await new HtmlParser().ParseDocumentAsync(await answer.Content.ReadAsStringAsync(cancellationToken), cancellationToken);
        return (page, answer.RequestMessage!.RequestUri!.PathAndQuery);
    }
}
