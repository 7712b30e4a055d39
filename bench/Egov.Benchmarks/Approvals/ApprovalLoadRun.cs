using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Egov.Benchmarks.Approvals;

/// <summary>
/// Approval actions through the host's pages, many officials at once. The organisation is the one
/// bench/http/approvals.sh adds to a copy of the kr pack: per team <c>i</c> a drafter <c>BENCH-iii-S</c>, the team's
/// leader <c>BENCH-iii-L</c> (reviews, 검토) and the head of the division above <c>BENCH-iii-H</c> (final approval,
/// 전결 for a general document). Documents are submitted through the linked-approval API in each drafter's name (the
/// delegation table proposes the line), then every leader and head, each signed in as themselves, approves what their
/// inbox shows until their share is done: card, then the approve form, timed. A warm-up round first, not counted.
/// <c>-- approvals-actions URL TEAMS DOCUMENTS_PER_TEAM [WARM_UP_PER_TEAM]</c>.
/// </summary>
internal static class ApprovalLoadRun
{
    private static readonly string[] Attachments = ["계획서 1부"];

    public static string Drafter(int team) => $"BENCH-{team:D3}-S";

    public static string Leader(int team) => $"BENCH-{team:D3}-L";

    public static string Head(int team) => $"BENCH-{team:D3}-H";

    public static async Task<int> RunAsync(Uri host, int teams, int perTeam, int warmUpPerTeam)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(20));
        var ct = timeout.Token;
        var officials = Enumerable.Range(1, teams).SelectMany(t => new[] { (Team: t, Review: true, Number: Leader(t)), (Team: t, Review: false, Number: Head(t)) })
            .Select(o => (o.Review, Browser: new OfficialAtTheBrowser(host, o.Number))).ToList();
        var clock = Stopwatch.StartNew();
        // Sign-ins are a password hash each (PBKDF2): a few at a time, as a morning's arrivals would be.
        await Parallel.ForEachAsync(officials, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = ct },
            async (o, c) => await o.Browser.SignInAsync(c));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{officials.Count} officials signed in at AAL2 through the pages in {clock.Elapsed.TotalSeconds:F1} s"));

        using var api = new HttpClient { BaseAddress = host };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(api, ct));
        await SubmitAsync(api, "warm-up", teams, warmUpPerTeam, ct);
        var warm = await RoundAsync(officials, warmUpPerTeam, ct);
        Console.WriteLine($"warm-up round: {warm.Actions} actions, {warm.Errors} errors");

        clock.Restart();
        await SubmitAsync(api, "measured", teams, perTeam, ct);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{teams * perTeam} documents submitted through the linked-approval API in {clock.Elapsed.TotalSeconds:F1} s (8 at a time)"));
        var load = $"load average before: {Latencies.LoadAverage()}";
        var round = await RoundAsync(officials, perTeam, ct);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"measured round: {officials.Count} officials at once, {round.Actions} actions in {round.Wall.TotalSeconds:F1} s = {round.Actions / round.Wall.TotalSeconds:F1} actions/s, errors {round.Errors}; {load}, after: {Latencies.LoadAverage()}"));
        Console.WriteLine(round.Reviews.Summary());
        Console.WriteLine(round.Finals.Summary());
        Console.WriteLine(round.All.Summary());
        foreach (var o in officials)
        {
            o.Browser.Dispose();
        }

        return round.Errors == 0 && round.Actions == 2 * teams * perTeam ? 0 : 1;
    }

    private sealed record Round(int Actions, int Errors, TimeSpan Wall, Latencies Reviews, Latencies Finals, Latencies All);

    /// <summary>Each official approves what their inbox shows until they have done their share (one per document of their team).</summary>
    private static async Task<Round> RoundAsync(List<(bool Review, OfficialAtTheBrowser Browser)> officials, int share, CancellationToken run)
    {
        // A share that cannot finish (a review that failed never reaches its head) ends the round, counted as errors.
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(run);
        limit.CancelAfter(TimeSpan.FromMinutes(5));
        var ct = limit.Token;
        var (reviews, finals, all) = (new Latencies("review steps (검토), approve post"), new Latencies("final approvals (전결, numbered, PDF sealed), approve post"),
            new Latencies("all actions"));
        var errors = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(officials.Select(o => Task.Run(async () =>
        {
            var done = 0;
            var failed = new HashSet<string>(StringComparer.Ordinal);
            while (done < share && !ct.IsCancellationRequested)
            {
                List<string> waiting;
                try
                {
                    waiting = [.. (await o.Browser.WaitingAsync(ct)).Where(d => !failed.Contains(d))];
                }
                catch (OperationCanceledException)
                {
                    break;
                }
                catch (HttpRequestException e)
                {
                    Console.Error.WriteLine($"{o.Browser.EmployeeNumber}: inbox: {e.Message}");
                    Interlocked.Increment(ref errors);
                    continue;
                }

                if (waiting.Count == 0)
                {
                    // The head's documents arrive as the leader reviews them: look again shortly, as the live inbox would.
                    await Task.Delay(100, CancellationToken.None);
                    continue;
                }

                foreach (var document in waiting)
                {
                    try
                    {
                        var elapsed = await o.Browser.ApproveAsync(document, ct);
                        (o.Review ? reviews : finals).Add(elapsed);
                        all.Add(elapsed);
                        done++;
                    }
                    catch (Exception e) when (e is HttpRequestException or InvalidOperationException or TaskCanceledException)
                    {
                        Console.Error.WriteLine(e.Message);
                        Interlocked.Increment(ref errors);
                        failed.Add(document);
                    }
                }
            }

            Interlocked.Add(ref errors, Math.Max(0, share - done - failed.Count));
        }, CancellationToken.None)));
        return new Round(all.Count, errors, clock.Elapsed, reviews, finals, all);
    }

    private static async Task SubmitAsync(HttpClient api, string batch, int teams, int perTeam, CancellationToken ct)
    {
        var documents = Enumerable.Range(1, teams).SelectMany(t => Enumerable.Range(1, perTeam).Select(i => (Team: t, Index: i)));
        await Parallel.ForEachAsync(documents, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = ct }, async (d, c) =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/approvals/documents")
            {
                Content = JsonContent.Create(new
                {
                    drafter = Drafter(d.Team),
                    documentType = "general",
                    title = $"{batch} {d.Team:D3}-{d.Index:D4} 업무 협조 요청",
                    content = "1. 관련: 행정효율과 협업 촉진에 관한 규정\n2. 위와 관련하여 다음과 같이 협조를 요청합니다.",
                    attachments = Attachments,
                }),
            };
            request.Headers.Add("Idempotency-Key", $"bench-{batch}-{d.Team}-{d.Index}");
            using var answer = await api.SendAsync(request, c);
            if (!answer.IsSuccessStatusCode)
            {
                throw new HttpRequestException($"submit {d.Team}/{d.Index}: {(int)answer.StatusCode} {await answer.Content.ReadAsStringAsync(c)}");
            }
        });
    }

    /// <summary>The demo agency system's token (client credentials, scope approvals.submit).</summary>
    private static async Task<string> TokenAsync(HttpClient api, CancellationToken ct)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "demo-agency", ["client_secret"] = "demo-agency-development-secret", ["scope"] = "approvals.submit",
        });
        using var answer = await api.PostAsync("/connect/token", form, ct);
        answer.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await answer.Content.ReadAsStringAsync(ct));
        return json.RootElement.GetProperty("access_token").GetString()!;
    }
}
