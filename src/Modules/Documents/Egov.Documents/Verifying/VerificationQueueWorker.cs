using System.Threading.Channels;
using Microsoft.Extensions.Hosting;

namespace Egov.Documents.Verifying;

/// <summary>
/// The one worker of <see cref="VerificationQueue"/>: takes everything queued (up to a batch) and answers it, while
/// the next checks queue behind. No delay is added: under light load a batch is one check, under heavy load the
/// batch grows by itself with the time a batch takes.
/// </summary>
internal sealed class VerificationQueueWorker(VerificationQueue checks) : IHostedService
{
    private Task drain = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var queue = checks.Open();
        drain = Task.Run(() => DrainAsync(queue), CancellationToken.None);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Closes the queue and waits for the worker to answer every check already queued (the web server stops
    /// first, so requests still running meet a running worker). Bounded by the host's shutdown timeout.
    /// </summary>
    public Task StopAsync(CancellationToken cancellationToken)
    {
        checks.Close();
        return drain.WaitAsync(cancellationToken);
    }

    // Reads until the queue is closed and empty: no token, so stopping drains instead of abandoning.
    private async Task DrainAsync(ChannelReader<PendingCheck> queue)
    {
        var batch = new List<PendingCheck>(VerificationQueue.BatchSize);
        while (await queue.WaitToReadAsync(CancellationToken.None))
        {
            while (batch.Count < VerificationQueue.BatchSize && queue.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            await checks.AnswerAsync(batch, CancellationToken.None);
            batch.Clear();
        }
    }
}
