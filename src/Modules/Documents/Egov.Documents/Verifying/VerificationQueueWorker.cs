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
        // A thread of its own, on which each batch runs synchronously. SQLite's calls are synchronous anyway and block
        // through the commit's fsync: on a pool thread that took one of the few threads serving requests. PostgreSQL's
        // awaited round trips queued the rest of the batch behind the requests waiting for the pool, and every check
        // waits for its batch (docs/benchmarks.md, the verification API).
        drain = Task.Factory.StartNew(() => Drain(queue), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
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

    // Reads until the queue is closed and empty: no token, so stopping drains instead of abandoning. Waiting blocks
    // only this thread, the worker's own.
    private void Drain(ChannelReader<PendingCheck> queue)
    {
        var batch = new List<PendingCheck>(VerificationQueue.BatchSize);
        while (queue.WaitToReadAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult())
        {
            while (batch.Count < VerificationQueue.BatchSize && queue.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            checks.Answer(batch);
            batch.Clear();
        }
    }
}
