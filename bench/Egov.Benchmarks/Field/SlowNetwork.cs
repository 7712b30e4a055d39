using Microsoft.Playwright;

namespace Egov.Benchmarks.Field;

/// <summary>
/// Chrome DevTools' "Slow 3G" throttling preset, applied to one page through the DevTools protocol
/// (<c>Network.emulateNetworkConditions</c>). The figures are DevTools' own: 500 kbit/s each way and 400 ms round trip,
/// scaled as DevTools scales them (× 0.8 on throughput, × 5 on latency), so 50,000 bytes/s and 2,000 ms; Puppeteer's
/// <c>PredefinedNetworkConditions['Slow 3G']</c> carries the same numbers.
/// </summary>
internal static class SlowNetwork
{
    public const int LatencyMilliseconds = 400 * 5;

    public const int BytesPerSecond = 500 * 1000 / 8 * 8 / 10;

    /// <summary>The parameters of <c>Network.emulateNetworkConditions</c>.</summary>
    public static Dictionary<string, object> Conditions => new()
    {
        ["offline"] = false,
        ["latency"] = LatencyMilliseconds,
        ["downloadThroughput"] = BytesPerSecond,
        ["uploadThroughput"] = BytesPerSecond,
    };

    public static Task ThrottleAsync(ICDPSession page) => page.SendAsync("Network.emulateNetworkConditions", Conditions);
}
