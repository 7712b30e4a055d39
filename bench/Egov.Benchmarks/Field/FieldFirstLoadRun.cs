using System.Globalization;
using Egov.Benchmarks.Approvals;
using Egov.Testing;
using Microsoft.Playwright;

namespace Egov.Benchmarks.Field;

/// <summary>
/// The field app's first load on a slow phone network (bench/browser/field-first-load.sh): a demo inspector signs in
/// once at full speed; then each run opens a fresh browser context (empty HTTP cache, no service worker) with that
/// session, throttles it to <see cref="SlowNetwork"/> and loads the app cold, then warm (the service worker installed)
/// throttled, then warm with the network cut. Beside it in each run, a plain public page of the same layout, cold
/// under the same throttling, as the baseline.
/// </summary>
internal static class FieldFirstLoadRun
{
    private const string App = "/officials/field/app";

    // The field app's service worker keeps the shell under this name (src/Modules/Field/Egov.Field/App/field-sw.js).
    private const string ShellCache = "egov-field-shell-v1";

    // The password every demo account shares (DemoAccountSeeder, published in the README).
    private const string DemoPassword = "enjoy-egov-demo";

    private static readonly string[] Columns = ["document", "css", "js", "fonts", "other"];

    public static async Task<int> RunAsync(Uri host, string inspector, string baselinePath, int runs)
    {
        using var playwright = await Playwright.CreateAsync();
        // The machine's Chromium, launched as the browser tests launch it (tests/Egov.Browser.Tests/BrowserFixture.cs).
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
        var session = await SignInAsync(browser, host, inspector);
        var workers = await ServiceWorkerNetwork.WatchAsync(browser);
        Console.WriteLine($"signed in as {inspector} at AAL2 (unthrottled); {runs} runs at {SlowNetwork.LatencyMilliseconds} ms latency, "
            + $"{SlowNetwork.BytesPerSecond:N0} B/s each way; load average {Latencies.LoadAverage()}");

        var loads = new Dictionary<string, List<PageLoad>> { ["baseline"] = [], ["cold"] = [], ["warm"] = [], ["offline"] = [] };
        string[] kept = [];
        for (var run = 1; run <= runs; run++)
        {
            await using (var context = await PhoneAsync(browser, host, session))
            {
                var (page, traffic) = await ThrottledPageAsync(context);
                loads["baseline"].Add(await PageLoad.MeasureAsync(page, traffic, workers, baselinePath, fieldApp: false, offlineReadyToo: false));
            }

            await using (var context = await PhoneAsync(browser, host, session))
            {
                var (page, traffic) = await ThrottledPageAsync(context);
                loads["cold"].Add(await PageLoad.MeasureAsync(page, traffic, workers, App, fieldApp: true, offlineReadyToo: true));
                kept = await page.EvaluateAsync<string[]>($"async () => (await (await caches.open('{ShellCache}')).keys()).map((r) => r.url)");
                loads["warm"].Add(await PageLoad.MeasureAsync(page, traffic, workers, App, fieldApp: true, offlineReadyToo: true));
                await context.SetOfflineAsync(true);
                loads["offline"].Add(await PageLoad.MeasureAsync(page, traffic, workers, App, fieldApp: true, offlineReadyToo: false));
            }

            Console.WriteLine($"run {run}: " + string.Join("; ", loads.Select(l => $"{l.Key} {Line(l.Value[^1])}")));
        }

        Console.WriteLine($"service workers throttled: {workers.Attached}");
        Console.WriteLine();
        Report(loads, baselinePath);
        Console.WriteLine();
        Console.WriteLine($"kept by the service worker after the last cold load ({kept.Length}): {string.Join(", ", kept.Select(u => new Uri(u).AbsolutePath))}");
        Waterfall("the last cold load of the app", loads["cold"][^1]);
        Waterfall("the last warm load of the app (throttled)", loads["warm"][^1]);
        Console.WriteLine($"load average {Latencies.LoadAverage()}");
        return 0;
    }

    private static void Waterfall(string what, PageLoad load)
    {
        var origin = load.Requests.Min(r => r.Start);
        Console.WriteLine($"{what}, request by request (s from the document's request; page, then + its service worker):");
        foreach (var (request, by) in load.Requests.Select(r => (r, "page")).Concat(load.WorkerRequests.Select(r => (r, "+ worker"))).OrderBy(x => x.r.Start))
        {
            Console.WriteLine($"  {by,-8} {Seconds((request.Start - origin) * 1000),6} → {Seconds((request.End - origin) * 1000),6}  "
                + $"{request.Bytes,9:N0} B{(request.Failed ? " failed" : "")}  {request.Type,-10} {new Uri(request.Url).PathAndQuery}");
        }
    }

    /// <summary>The password form, then the authenticator app set up on the step-up page the app sends a password-only session to.</summary>
    private static async Task<string> SignInAsync(IBrowser browser, Uri host, string inspector)
    {
        await using var context = await PhoneAsync(browser, host, session: null);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await page.Locator("input[name='Form.UserName']").FillAsync(inspector);
        await page.Locator("input[name='Form.Password']").FillAsync(DemoPassword);
        await page.Locator("input[name='Form.Password']").PressAsync("Enter");
        await page.WaitForURLAsync(url => !url.Contains("/account/sign-in", StringComparison.Ordinal));
        await page.GotoAsync(App);
        var key = await page.Locator("main p code").InnerTextAsync();
        await page.Locator("input[name='Form.Code']").FillAsync(AuthenticatorApp.CodeAt(AuthenticatorApp.KeyFromBase32(key), DateTimeOffset.UtcNow));
        await page.Locator("input[name='Form.Code']").PressAsync("Enter");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var app = await page.GotoAsync(App);
        if (app is not { Ok: true } || !page.Url.EndsWith(App, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{inspector} did not reach the field app after the step-up: {app?.Status} at {page.Url}");
        }

        return await context.StorageStateAsync();
    }

    // A phone, as the field app's browser test holds it.
    private static Task<IBrowserContext> PhoneAsync(IBrowser browser, Uri host, string? session) => browser.NewContextAsync(new()
    {
        BaseURL = host.ToString(),
        Locale = "ko-KR",
        ViewportSize = new() { Width = 390, Height = 844 },
        IsMobile = true,
        HasTouch = true,
        StorageState = session,
    });

    private static async Task<(IPage Page, PageTraffic Traffic)> ThrottledPageAsync(IBrowserContext context)
    {
        await context.AddInitScriptAsync(PageLoad.Stopwatch);
        var page = await context.NewPageAsync();
        var devtools = await context.NewCDPSessionAsync(page);
        var traffic = await PageTraffic.ListenAsync(devtools);
        await SlowNetwork.ThrottleAsync(devtools);
        return (page, traffic);
    }

    private static string Line(PageLoad load) =>
        $"FCP {(load.FirstContentfulPaint is { } paint ? Seconds(paint) : "–")}, DCL {Seconds(load.DomContentLoaded)}, load {Seconds(load.Load)}, last byte {Seconds(load.LastByte)}"
        + (load.Ready is { } ready ? $", ready {Seconds(ready)}" : "")
        + (load.OfflineReady is { } offline ? $", offline-ready {Seconds(offline)}" : "")
        + $", {load.Count()} requests ({load.Requests.Count(r => r.FromServiceWorker)} answered by the service worker), {load.Bytes():N0} B"
        + (load.Requests.Count(r => r.Failed) is > 0 and var failed ? $" ({failed} failed)" : "")
        + (load.WorkerRequests.Count > 0 ? $", + worker {load.WorkerRequests.Count} requests, {load.WorkerRequests.Sum(r => r.Bytes):N0} B"
            + (load.WorkerThrottled ? "" : " (worker not throttled)") : "");

    private static void Report(Dictionary<string, List<PageLoad>> loads, string baselinePath)
    {
        Console.WriteLine($"median (max) over {loads["cold"].Count} runs; times in s from the start of navigation; bytes over the wire");
        Console.WriteLine("| load | first contentful paint | DOMContentLoaded | data-ready | data-offline-ready | last byte | requests | bytes | document | css | js | fonts | other |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        var names = new Dictionary<string, string>
        {
            ["baseline"] = $"baseline `{baselinePath}`, cold",
            ["cold"] = "field app, cold",
            ["warm"] = "field app, warm (service worker), throttled",
            ["offline"] = "field app, warm, offline",
        };
        foreach (var (key, runs) in loads)
        {
            var columns = Columns.Select(c => $"{Median(runs, l => l.Count(c)):0} / {Median(runs, l => l.Bytes(c)):N0} B");
            Console.WriteLine($"| {names[key]} | {Times(runs, l => l.FirstContentfulPaint)} | {Times(runs, l => l.DomContentLoaded)} | "
                + $"{Times(runs, l => l.Ready)} | {Times(runs, l => l.OfflineReady)} | {Times(runs, l => l.LastByte)} | {Median(runs, l => l.Count()):0} | "
                + $"{Median(runs, l => l.Bytes()):N0} | {string.Join(" | ", columns)} |");
        }

        var throttled = loads["cold"].Where(l => l.WorkerThrottled).ToList();
        Console.WriteLine($"cold data-offline-ready in the {throttled.Count} runs whose service worker was throttled from its first fetch: "
            + (throttled.Count > 0 ? Times(throttled, l => l.OfflineReady) : "none") + " s");
        var baseline = loads["baseline"];
        var cold = loads["cold"];
        Console.WriteLine($"ratios of medians, cold field app / cold baseline: first contentful paint {Ratio(cold, baseline, l => l.FirstContentfulPaint)}, "
            + $"DOMContentLoaded {Ratio(cold, baseline, l => l.DomContentLoaded)}, data-ready / baseline's first contentful paint "
            + $"{Ratio(cold, baseline, l => l.Ready, l => l.FirstContentfulPaint)}, last byte {Ratio(cold, baseline, l => l.LastByte)}, "
            + $"bytes {Ratio(cold, baseline, l => l.Bytes())}, requests {Ratio(cold, baseline, l => l.Count())}");
    }

    private static string Times(List<PageLoad> runs, Func<PageLoad, double?> time) =>
        runs.Any(r => time(r) is null) ? "–" : $"{Seconds(Median(runs, r => time(r)!.Value))} ({Seconds(runs.Max(r => time(r)!.Value))})";

    private static string Ratio(List<PageLoad> of, List<PageLoad> to, Func<PageLoad, double?> value, Func<PageLoad, double?>? baseline = null) =>
        (Median(of, l => value(l) ?? double.NaN) / Median(to, l => (baseline ?? value)(l) ?? double.NaN)).ToString("0.00", CultureInfo.InvariantCulture);

    private static double Median(List<PageLoad> runs, Func<PageLoad, double> value)
    {
        var sorted = runs.Select(value).Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string Seconds(double milliseconds) => (milliseconds / 1000).ToString("0.00", CultureInfo.InvariantCulture);
}
