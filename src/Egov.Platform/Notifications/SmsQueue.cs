using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Egov.Platform.Notifications;

/// <summary>
/// Hands a message to the sender in the background. A page that must answer the same way whether or not it
/// sent anything (identity proofing: no hint that a resident exists) queues instead of waiting for the
/// gateway, whose delay would show in the response time. A message lost with its host copy is asked for again.
/// </summary>
public sealed class SmsQueue
{
    private readonly Channel<SmsMessage> channel = Channel.CreateBounded<SmsMessage>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Queues <paramref name="message"/>; returns false when the queue is full (the gateway is far behind).</summary>
    public bool Enqueue(SmsMessage message) => channel.Writer.TryWrite(message);

    internal ChannelReader<SmsMessage> Reader => channel.Reader;
}

/// <summary>Sends queued messages one at a time; a failure is logged with the gateway's reason and the next message goes on.</summary>
internal sealed partial class SmsQueueService(SmsQueue queue, IServiceScopeFactory scopes, ILogger<SmsQueueService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var message in queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                using var scope = scopes.CreateScope();
                await scope.ServiceProvider.GetRequiredService<ISmsSender>().SendAsync(message, stoppingToken);
            }
            catch (SmsDeliveryException ex)
            {
                Failed(logger, ex.Message);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "SMS not delivered: {Reason}")]
    private static partial void Failed(ILogger logger, string reason);
}
