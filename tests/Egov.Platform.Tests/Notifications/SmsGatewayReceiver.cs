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

namespace Egov.Platform.Tests.Notifications;

/// <summary>
/// A stand-in SMS gateway on a loopback port: it checks each request's signature the way a gateway would
/// (its own HMAC of timestamp and body with the shared secret) and keeps what it accepted.
/// </summary>
internal sealed class SmsGatewayReceiver : IAsyncDisposable
{
    private readonly WebApplication app;

    private SmsGatewayReceiver(WebApplication app) => this.app = app;

    public ConcurrentQueue<string> Accepted { get; } = new();

    public ConcurrentQueue<string> Rejected { get; } = new();

    public Uri Url { get; private set; } = null!;

    /// <summary>Starts a gateway that answers <paramref name="status"/> after <paramref name="delay"/>.</summary>
    public static async Task<SmsGatewayReceiver> StartAsync(string secret, HttpStatusCode status = HttpStatusCode.Accepted, TimeSpan delay = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var receiver = new SmsGatewayReceiver(app);
        app.MapPost("/sms", async (HttpContext context) =>
        {
            var body = await new StreamReader(context.Request.Body, Encoding.UTF8).ReadToEndAsync();
            var timestamp = context.Request.Headers[WebhookSmsSender.TimestampHeader].ToString();
            var expected = "sha256=" + WebhookSmsSender.Sign(secret, timestamp, body);
            await Task.Delay(delay);
            if (context.Request.Headers[WebhookSmsSender.SignatureHeader] != expected)
            {
                receiver.Rejected.Enqueue(body);
                return Results.Unauthorized();
            }

            receiver.Accepted.Enqueue(body);
            return Results.StatusCode((int)status);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        receiver.Url = new Uri(new Uri(address), "/sms");
        return receiver;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
