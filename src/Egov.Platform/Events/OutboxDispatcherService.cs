using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Egov.Platform.Events;

/// <summary>Runs the outbox processor in the background of every host copy.</summary>
internal sealed partial class OutboxDispatcherService(
    OutboxProcessor processor, IOptions<OutboxOptions> options, TimeProvider time, ILogger<OutboxDispatcherService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // Drain while there is work; sleep only when a pass found nothing due.
                if (await processor.DispatchOnceAsync(stoppingToken) > 0)
                {
                    continue;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A database hiccup must not kill dispatch for the life of the process.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogPassFailed(logger, ex);
            }

            await Task.Delay(options.Value.PollInterval, time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox dispatch pass failed; retrying")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
