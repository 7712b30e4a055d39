using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Egov.Platform.Notifications;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Testing;

/// <summary>
/// A stand-in webhook receiver (an SMS gateway, an institution receiving documents) on a loopback port: it checks
/// each request's signature the way a receiver would (its own HMAC of timestamp and body with the shared secret,
/// <see cref="SignedWebhook"/>) and keeps what it accepted.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication app;

    private WebhookReceiver(WebApplication app) => this.app = app;

    public ConcurrentQueue<string> Accepted { get; } = new();

    public ConcurrentQueue<string> Rejected { get; } = new();

    public Uri Url { get; private set; } = null!;

    /// <summary>The shared secret it checks with; settable for senders that issue the secret once they know the address.</summary>
    public string Secret { get; set; } = "";

    /// <summary>Starts a receiver that answers <paramref name="status"/> after <paramref name="delay"/>.</summary>
    public static async Task<WebhookReceiver> StartAsync(string secret, HttpStatusCode status = HttpStatusCode.Accepted, TimeSpan delay = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var receiver = new WebhookReceiver(app) { Secret = secret };
        app.MapPost("/hook", async (HttpContext context) =>
        {
            var body = await new StreamReader(context.Request.Body, Encoding.UTF8).ReadToEndAsync();
            var timestamp = context.Request.Headers[SignedWebhook.TimestampHeader].ToString();
            var expected = "sha256=" + SignedWebhook.Sign(receiver.Secret, timestamp, body);
            await Task.Delay(delay);
            if (context.Request.Headers[SignedWebhook.SignatureHeader] != expected)
            {
                receiver.Rejected.Enqueue(body);
                return Results.Unauthorized();
            }

            receiver.Accepted.Enqueue(body);
            return Results.StatusCode((int)status);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        receiver.Url = new Uri(new Uri(address), "/hook");
        return receiver;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
