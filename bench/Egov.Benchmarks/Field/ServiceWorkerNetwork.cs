using System.Text.Json;
using Microsoft.Playwright;

namespace Egov.Benchmarks.Field;

/// <summary>
/// Throttles every service worker the browser starts, and notes what they fetch. DevTools' network conditions hold
/// per target, and a service worker is a target of its own: without this the worker's fetches (the field app's
/// worker fetches the whole shell again to keep it) would run at full speed while its page crawls. Attached from the
/// browser's own session, as a second client beside Playwright's, the moment the worker's target appears.
/// </summary>
internal sealed class ServiceWorkerNetwork
{
    private readonly ICDPSession browser;
    private int nextId = 1_000_000;

    private ServiceWorkerNetwork(ICDPSession browser) => this.browser = browser;

    /// <summary>What the workers fetched since the last <see cref="PageTraffic.Clear"/>.</summary>
    public PageTraffic Traffic { get; } = new();

    /// <summary>Workers attached so far (a check that the throttling reached them).</summary>
    public int Attached { get; private set; }

    public static async Task<ServiceWorkerNetwork> WatchAsync(IBrowser browser)
    {
        var workers = new ServiceWorkerNetwork(await browser.NewBrowserCDPSessionAsync());
        workers.browser.Event("Target.targetCreated").OnEvent += (_, e) =>
        {
            var target = e!.Value.GetProperty("targetInfo");
            if (target.GetProperty("type").GetString() == "service_worker")
            {
                _ = workers.AttachAsync(target.GetProperty("targetId").GetString()!);
            }
        };
        workers.browser.Event("Target.receivedMessageFromTarget").OnEvent += (_, e) => workers.Received(e!.Value.GetProperty("message").GetString()!);
        await workers.browser.SendAsync("Target.setDiscoverTargets", new() { ["discover"] = true });
        return workers;
    }

    private async Task AttachAsync(string targetId)
    {
        var attached = await browser.SendAsync("Target.attachToTarget", new() { ["targetId"] = targetId, ["flatten"] = false });
        var session = attached!.Value.GetProperty("sessionId").GetString()!;
        await SendAsync(session, "Network.enable", new());
        await SendAsync(session, "Network.emulateNetworkConditions", SlowNetwork.Conditions);
        Attached++;
    }

    private Task<JsonElement?> SendAsync(string session, string method, Dictionary<string, object> parameters) =>
        browser.SendAsync("Target.sendMessageToTarget", new()
        {
            ["sessionId"] = session,
            ["message"] = JsonSerializer.Serialize(new { id = Interlocked.Increment(ref nextId), method, @params = parameters }),
        });

    private void Received(string message)
    {
        using var json = JsonDocument.Parse(message);
        if (json.RootElement.TryGetProperty("method", out var method) && json.RootElement.TryGetProperty("params", out var parameters))
        {
            Traffic.On(method.GetString()!, parameters.Clone());
        }
    }
}
