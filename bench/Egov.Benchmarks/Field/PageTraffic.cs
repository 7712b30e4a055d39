using System.Text.Json;
using Microsoft.Playwright;

namespace Egov.Benchmarks.Field;

/// <summary>
/// What one page fetched, from the DevTools protocol's network events of its own session: per request its resource
/// type and the bytes that came over the wire (<c>Network.loadingFinished</c>'s <c>encodedDataLength</c>: headers and
/// the body as sent, compressed if it was). Requests the page's service worker answered count as requests, with the
/// bytes the browser reports for them (none from the network).
/// </summary>
internal sealed class PageTraffic
{
    private readonly Dictionary<string, (string Type, string Url, double Start)> started = [];
    private readonly List<Request> finished = [];
    private readonly HashSet<string> fromServiceWorker = [];

    /// <summary>
    /// One request: its DevTools type, the bytes over the wire, whether the page's service worker answered it or it
    /// failed, and when it started and ended (DevTools' monotonic clock, seconds).
    /// </summary>
    public sealed record Request(string Type, string Url, long Bytes, bool FromServiceWorker, bool Failed, double Start, double End);

    public static async Task<PageTraffic> ListenAsync(ICDPSession session)
    {
        var traffic = new PageTraffic();
        foreach (var method in (string[])["Network.requestWillBeSent", "Network.responseReceived", "Network.loadingFinished", "Network.loadingFailed"])
        {
            session.Event(method).OnEvent += (_, e) => traffic.On(method, e!.Value);
        }

        await session.SendAsync("Network.enable");
        return traffic;
    }

    /// <summary>One network event of the DevTools protocol, from whichever session carries it.</summary>
    public void On(string method, JsonElement e)
    {
        switch (method)
        {
            case "Network.requestWillBeSent": Started(e); break;
            case "Network.responseReceived": Answered(e); break;
            case "Network.loadingFinished": Finished(e, failed: false); break;
            case "Network.loadingFailed": Finished(e, failed: true); break;
        }
    }

    public IReadOnlyList<Request> Requests
    {
        get
        {
            lock (finished)
            {
                return [.. finished];
            }
        }
    }

    /// <summary>Forgets what was fetched so far, before the next load on the same page.</summary>
    public void Clear()
    {
        lock (finished)
        {
            started.Clear();
            finished.Clear();
            fromServiceWorker.Clear();
        }
    }

    /// <summary>The type DevTools gives a request, folded into the columns of the report.</summary>
    public static string Column(string type) => type switch
    {
        "Document" => "document",
        "Stylesheet" => "css",
        "Script" => "js",
        "Font" => "fonts",
        _ => "other",
    };

    private void Started(JsonElement e)
    {
        lock (finished)
        {
            var type = e.TryGetProperty("type", out var t) ? t.GetString() ?? "Other" : "Other";
            started[e.GetProperty("requestId").GetString()!] = (type, e.GetProperty("request").GetProperty("url").GetString()!, e.GetProperty("timestamp").GetDouble());
        }
    }

    private void Answered(JsonElement e)
    {
        if (e.GetProperty("response").TryGetProperty("fromServiceWorker", out var sw) && sw.GetBoolean())
        {
            lock (finished)
            {
                fromServiceWorker.Add(e.GetProperty("requestId").GetString()!);
            }
        }
    }

    private void Finished(JsonElement e, bool failed)
    {
        var id = e.GetProperty("requestId").GetString()!;
        lock (finished)
        {
            if (!started.Remove(id, out var request))
            {
                return;
            }

            var bytes = failed ? 0 : (long)e.GetProperty("encodedDataLength").GetDouble();
            finished.Add(new Request(request.Type, request.Url, bytes, fromServiceWorker.Contains(id), failed, request.Start, e.GetProperty("timestamp").GetDouble()));
        }
    }
}
