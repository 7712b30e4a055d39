using System.Text.Json;
using Microsoft.Playwright;

namespace Egov.Benchmarks.Field;

/// <summary>
/// One load of a page, timed inside the page from the start of its navigation (the Navigation Timing origin, so the
/// driver's own overhead is not counted): DOMContentLoaded, load, and for the field app the moments its root element
/// says <c>data-ready</c> and <c>data-offline-ready</c>; with what the page fetched meanwhile.
/// </summary>
internal sealed record PageLoad(
    double? FirstContentfulPaint, double DomContentLoaded, double Load, double? Ready, double? OfflineReady, IReadOnlyList<PageTraffic.Request> Requests,
    IReadOnlyList<PageTraffic.Request> WorkerRequests)
{
    /// <summary>
    /// Installed before any script of the page runs: notes when the app's root element gets each attribute. A
    /// MutationObserver, not polling, so the moment is exact whatever the driver is doing.
    /// </summary>
    public const string Stopwatch = """
        (() => {
          const times = window.__egovLoad = {};
          new MutationObserver(() => {
            const app = document.querySelector('[data-field-app]');
            if (!app) return;
            if (app.dataset.ready === 'true' && times.ready === undefined) times.ready = performance.now();
            if (app.dataset.offlineReady === 'true' && times.offlineReady === undefined) times.offlineReady = performance.now();
          }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready', 'data-offline-ready'] });
        })();
        """;

    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    /// <summary>Navigates and waits for the load event, and for the app's states when it is the field app.</summary>
    public static async Task<PageLoad> MeasureAsync(
        IPage page, PageTraffic traffic, ServiceWorkerNetwork workers, string path, bool fieldApp, bool offlineReadyToo)
    {
        traffic.Clear();
        workers.Traffic.Clear();
        var answer = await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.Load, Timeout = (float)Patience.TotalMilliseconds });
        if (answer is { Ok: false } || !page.Url.Contains(path, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{path}: answered {answer?.Status} at {page.Url}");
        }

        if (fieldApp)
        {
            await page.WaitForFunctionAsync("() => window.__egovLoad.ready !== undefined", null, new() { Timeout = (float)Patience.TotalMilliseconds });
            if (offlineReadyToo)
            {
                await page.WaitForFunctionAsync("() => window.__egovLoad.offlineReady !== undefined", null, new() { Timeout = (float)Patience.TotalMilliseconds });
            }
        }

        // Whatever the page still fetches after its states (the worker's reply, a manifest) belongs to this load.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle, new() { Timeout = (float)Patience.TotalMilliseconds });
        var times = await page.EvaluateAsync<JsonElement>("""
            () => {
              const navigation = performance.getEntriesByType('navigation')[0];
              const paint = performance.getEntriesByName('first-contentful-paint')[0];
              return { fcp: paint?.startTime ?? null, dcl: navigation.domContentLoadedEventEnd, load: navigation.loadEventEnd, ...window.__egovLoad };
            }
            """);
        return new PageLoad(
            times.GetProperty("fcp").ValueKind == JsonValueKind.Number ? times.GetProperty("fcp").GetDouble() : null,
            times.GetProperty("dcl").GetDouble(),
            times.GetProperty("load").GetDouble(),
            times.TryGetProperty("ready", out var ready) ? ready.GetDouble() : null,
            times.TryGetProperty("offlineReady", out var offline) ? offline.GetDouble() : null,
            traffic.Requests,
            workers.Traffic.Requests);
    }

    /// <summary>When the page's last request ended, from its first request (DevTools' clock): the network done.</summary>
    public double LastByte => Requests.Count == 0 ? 0 : (Requests.Max(r => r.End) - Requests.Min(r => r.Start)) * 1000;

    /// <summary>
    /// Whether DevTools throttled the page's service worker before its first fetch: it attaches to the worker as it
    /// starts, a race the worker sometimes wins (then its fetches take far less than the latency).
    /// </summary>
    public bool WorkerThrottled => WorkerRequests.Where(r => r.Bytes > 0).All(r => (r.End - r.Start) * 1000 >= SlowNetwork.LatencyMilliseconds);

    public long Bytes(string? column = null) => Requests.Where(r => column is null || PageTraffic.Column(r.Type) == column).Sum(r => r.Bytes);

    public int Count(string? column = null) => Requests.Count(r => column is null || PageTraffic.Column(r.Type) == column);
}
