using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Egov.Benchmarks.Officials;

namespace Egov.Benchmarks.Approvals;

/// <summary>
/// One official at a browser (<see cref="SignedInOfficial"/>, at AAL2): the inbox, the document card and the approve
/// form, exactly the requests the pages make (redirects not followed, so each request is timed on its own).
/// </summary>
internal sealed partial class OfficialAtTheBrowser(Uri host, string employeeNumber) : IDisposable
{
    private readonly SignedInOfficial official = new(host, employeeNumber);

    public string EmployeeNumber => employeeNumber;

    /// <summary>Signed in at AAL2, landing on the inbox.</summary>
    public Task SignInAsync(CancellationToken cancellationToken) => official.SignInAsync(Inbox, cancellationToken);

    public const string Inbox = "/officials/approvals?tab=ToApprove";

    /// <summary>The documents on the first page of the "to approve" tab.</summary>
    public async Task<IReadOnlyList<string>> WaitingAsync(CancellationToken cancellationToken)
    {
        var html = await official.Client.GetStringAsync(Inbox, cancellationToken);
        return [.. DocumentRow().Matches(html).Select(m => m.Groups[1].Value).Distinct()];
    }

    /// <summary>Opens the card and presses "approve" on the step waiting for them; the time of the post alone.</summary>
    public async Task<TimeSpan> ApproveAsync(string documentId, CancellationToken cancellationToken)
    {
        var card = await official.Client.GetStringAsync($"/officials/approvals/documents/{documentId}", cancellationToken);
        var action = ApproveForm().Match(card) is { Success: true } form ? WebUtility.HtmlDecode(form.Groups[1].Value)
            : throw new InvalidOperationException($"{employeeNumber}: no approve form on the card of {documentId}");
        var token = Token().Match(card).Groups[1].Value;
        using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Opinion", "")]);
        var clock = Stopwatch.StartNew();
        using var answer = await official.Client.PostAsync(action, content, cancellationToken);
        var elapsed = clock.Elapsed;
        Expect(answer, HttpStatusCode.Redirect, $"approve {documentId}");
        return elapsed;
    }

    /// <summary>One GET of a page, timed, for the inbox's latency run.</summary>
    public async Task<TimeSpan> TimeGetAsync(string url, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var answer = await official.Client.GetAsync(url, HttpCompletionOption.ResponseContentRead, cancellationToken);
        var elapsed = clock.Elapsed;
        Expect(answer, HttpStatusCode.OK, url);
        return elapsed;
    }

    public async Task<string> GetStringAsync(string url, CancellationToken cancellationToken) => await official.Client.GetStringAsync(url, cancellationToken);

    public void Dispose() => official.Dispose();

    private void Expect(HttpResponseMessage answer, HttpStatusCode status, string what) => official.Expect(answer, status, what);

    [GeneratedRegex("<li data-document=\"([0-9a-f-]{36})\"")]
    private static partial Regex DocumentRow();

    [GeneratedRegex("<form method=\"post\"[^>]*action=\"([^\"]*handler=Approve[^\"]*)\"")]
    private static partial Regex ApproveForm();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
