using System.Threading.Channels;
using Microsoft.Extensions.Hosting;

namespace Egov.Documents.Verifying;

/// <summary>
/// The one writer of <see cref="VerificationLog"/>: takes everything queued (up to a batch) and commits it, while
/// the next checks queue behind. No delay is added: under light load a batch is one check, under heavy load the
/// batch grows by itself with the time a commit takes.
/// </summary>
internal sealed class VerificationLogWriter(VerificationLog log) : IHostedService
{
    private Task drain = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var queue = log.Open();
        drain = Task.Run(() => DrainAsync(queue), CancellationToken.None);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Closes the queue and waits for the writer to commit and answer every check already queued (the web server
    /// stops first, so requests still running meet a running writer). Bounded by the host's shutdown timeout.
    /// </summary>
    public Task StopAsync(CancellationToken cancellationToken)
    {
        log.Close();
        return drain.WaitAsync(cancellationToken);
    }

    // Reads until the queue is closed and empty: no token, so stopping drains instead of abandoning.
    private async Task DrainAsync(ChannelReader<PendingVerification> queue)
    {
        var batch = new List<PendingVerification>(VerificationLog.BatchSize);
        while (await queue.WaitToReadAsync(CancellationToken.None))
        {
            while (batch.Count < VerificationLog.BatchSize && queue.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            await log.CommitAsync(batch, CancellationToken.None);
            batch.Clear();
        }
    }
}
