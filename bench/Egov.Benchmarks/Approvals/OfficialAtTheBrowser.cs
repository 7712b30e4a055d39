using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Egov.Testing;

namespace Egov.Benchmarks.Approvals;

/// <summary>
/// One official at a browser over a real socket: their own cookies, signed in with the demo password and stepped up to
/// AAL2 by setting up an authenticator app, as a person does; then the inbox, the document card and the approve form,
/// exactly the requests the pages make (redirects not followed, so each request is timed on its own).
/// </summary>
internal sealed partial class OfficialAtTheBrowser(Uri host, string employeeNumber) : IDisposable
{
    private const string DemoPassword = "enjoy-egov-demo";

    private readonly HttpClient client = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
    {
        BaseAddress = host,
        Timeout = TimeSpan.FromSeconds(60),
    };

    public string EmployeeNumber => employeeNumber;

    /// <summary>The sign-in form, then the AAL2 set-up the inbox asks for (an authenticator key read off the page and its code).</summary>
    public async Task SignInAsync(CancellationToken cancellationToken)
    {
        using var signedIn = await SubmitAsync(
            await ParseAsync("/account/sign-in", cancellationToken), new() { ["Form.UserName"] = employeeNumber, ["Form.Password"] = DemoPassword }, cancellationToken);
        Expect(signedIn, HttpStatusCode.Redirect, "sign-in");
        using var stepUp = await client.GetAsync(Inbox, cancellationToken);
        Expect(stepUp, HttpStatusCode.Redirect, "step-up redirect");
        var setup = await ParseAsync(stepUp.Headers.Location!.OriginalString, cancellationToken);
        var keyText = setup.Page.QuerySelector("main p code")?.TextContent
            ?? throw new InvalidOperationException($"{employeeNumber}: no authenticator key on {setup.Url}");
        var code = AuthenticatorApp.CodeAt(AuthenticatorApp.KeyFromBase32(keyText), DateTimeOffset.UtcNow);
        using (await SubmitAsync(setup, new() { ["Form.Code"] = code }, cancellationToken))
        {
        }

        using var inbox = await client.GetAsync(Inbox, cancellationToken);
        Expect(inbox, HttpStatusCode.OK, "inbox after step-up");
    }

    public const string Inbox = "/officials/approvals?tab=ToApprove";

    /// <summary>The documents on the first page of the "to approve" tab.</summary>
    public async Task<IReadOnlyList<string>> WaitingAsync(CancellationToken cancellationToken)
    {
        var html = await client.GetStringAsync(Inbox, cancellationToken);
        return [.. DocumentRow().Matches(html).Select(m => m.Groups[1].Value).Distinct()];
    }

    /// <summary>Opens the card and presses "approve" on the step waiting for them; the time of the post alone.</summary>
    public async Task<TimeSpan> ApproveAsync(string documentId, CancellationToken cancellationToken)
    {
        var card = await client.GetStringAsync($"/officials/approvals/documents/{documentId}", cancellationToken);
        var action = ApproveForm().Match(card) is { Success: true } form ? WebUtility.HtmlDecode(form.Groups[1].Value)
            : throw new InvalidOperationException($"{employeeNumber}: no approve form on the card of {documentId}");
        var token = Token().Match(card).Groups[1].Value;
        using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Opinion", "")]);
        var clock = Stopwatch.StartNew();
        using var answer = await client.PostAsync(action, content, cancellationToken);
        var elapsed = clock.Elapsed;
        Expect(answer, HttpStatusCode.Redirect, $"approve {documentId}");
        return elapsed;
    }

    /// <summary>One GET of a page, timed, for the inbox's latency run.</summary>
    public async Task<TimeSpan> TimeGetAsync(string url, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var answer = await client.GetAsync(url, HttpCompletionOption.ResponseContentRead, cancellationToken);
        var elapsed = clock.Elapsed;
        Expect(answer, HttpStatusCode.OK, url);
        return elapsed;
    }

    public async Task<string> GetStringAsync(string url, CancellationToken cancellationToken) => await client.GetStringAsync(url, cancellationToken);

    public void Dispose() => client.Dispose();

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
        return await client.PostAsync(finalUrl, content, cancellationToken);
    }

    private async Task<(IHtmlDocument Page, string Url)> ParseAsync(string url, CancellationToken cancellationToken)
    {
        using var answer = await client.GetAsync(url, cancellationToken);
        Expect(answer, HttpStatusCode.OK, url);
        var page = await new HtmlParser().ParseDocumentAsync(await answer.Content.ReadAsStringAsync(cancellationToken), cancellationToken);
        return (page, answer.RequestMessage!.RequestUri!.PathAndQuery);
    }

    private void Expect(HttpResponseMessage answer, HttpStatusCode status, string what)
    {
        if (answer.StatusCode != status)
        {
            throw new HttpRequestException($"{employeeNumber}: {what} answered {(int)answer.StatusCode}, expected {(int)status}", null, answer.StatusCode);
        }
    }

    [GeneratedRegex("<li data-document=\"([0-9a-f-]{36})\"")]
    private static partial Regex DocumentRow();

    [GeneratedRegex("<form method=\"post\"[^>]*action=\"([^\"]*handler=Approve[^\"]*)\"")]
    private static partial Regex ApproveForm();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
