using System.Diagnostics;
using System.Globalization;

namespace Egov.Benchmarks.Approvals;

/// <summary>
/// The inbox page of one official with many documents waiting, at a fixed request rate (open loop: a request leaves
/// every 1/rate s whether or not the earlier ones have answered, so a slow answer cannot slow the arrivals down and hide
/// itself), beside the host's plain-text endpoint at the same rate, in the same run. The official signs in through the
/// pages (AAL2); each URL is warmed up first. <c>-- approvals-inbox URL OFFICIAL RATE SECONDS PATH…</c>.
/// </summary>
internal static class InboxLoadRun
{
    private const int WarmUp = 200;

    public static async Task<int> RunAsync(Uri host, string official, int rate, int seconds, IReadOnlyList<string> paths)
    {
        using var browser = new OfficialAtTheBrowser(host, official);
        await browser.SignInAsync(CancellationToken.None);
        var errors = 0;
        foreach (var path in paths)
        {
            for (var i = 0; i < WarmUp; i++)
            {
                await browser.TimeGetAsync(path, CancellationToken.None);
            }

            var latencies = new Latencies($"{path} at {rate}/s for {seconds} s");
            var load = Latencies.LoadAverage();
            var clock = Stopwatch.StartNew();
            var requests = new List<Task>(rate * seconds);
            for (var i = 0; i < rate * seconds; i++)
            {
                var due = TimeSpan.FromSeconds((double)i / rate) - clock.Elapsed;
                if (due > TimeSpan.Zero)
                {
                    await Task.Delay(due);
                }

                requests.Add(Task.Run(async () =>
                {
                    try
                    {
                        latencies.Add(await browser.TimeGetAsync(path, CancellationToken.None));
                    }
                    catch (HttpRequestException e)
                    {
                        Console.Error.WriteLine(e.Message);
                        Interlocked.Increment(ref errors);
                    }
                }));
            }

            await Task.WhenAll(requests);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{latencies.Summary()}; load average {load} → {Latencies.LoadAverage()}"));
        }

        Console.WriteLine($"errors: {errors}");
        return errors == 0 ? 0 : 1;
    }
}
