using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Egov.Platform.Jobs;

/// <summary>Ticks in every host copy; the database decides which copy runs each occurrence.</summary>
internal sealed partial class JobSchedulerService(
    JobRunner runner, IOptions<JobOptions> options, TimeProvider time, ILogger<JobSchedulerService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.TickInterval, time);
        do
        {
            try
            {
                await runner.RunDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A database hiccup must not stop scheduling for the life of the process.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogTickFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).AsTask().ContinueWith(t => !t.IsCanceled && t.Result, TaskScheduler.Default));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job scheduling pass failed; retrying")]
    private static partial void LogTickFailed(ILogger logger, Exception exception);
}
