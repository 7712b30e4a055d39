using System.Threading.Channels;
using Egov.Documents.Data;
using Egov.Documents.Domain;
using Egov.Platform.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Documents.Verifying;

/// <summary>
/// Records each check of a document for its holder by group commit: the check waits in a bounded queue, one writer
/// (<see cref="VerificationLogWriter"/>) inserts everything queued in one transaction and then answers each waiter.
/// The verifier gets its answer only after its row is committed, so nothing answered is lost; a crash loses only
/// checks not yet answered. One commit per check capped the API at the disk's syncs per second (SQLite also
/// serialises writers); grouped, each commit carries whatever arrived while the previous one ran.
/// The queue holds only checks in flight: the host keeps no state a restart would lose.
/// </summary>
internal sealed class VerificationLog(IServiceScopeFactory scopes)
{
    /// <summary>The most rows one transaction carries: a few hundred keep each commit short on both providers.</summary>
    public const int BatchSize = 256;

    // Room for a few batches. When the database falls behind, a check waits for room (its verifier sees latency,
    // not an error, and a client that gives up stops waiting): the queue never holds more than this.
    private const int Capacity = 4 * BatchSize;

    private volatile Channel<PendingVerification>? queue;

    /// <summary>Returns once <paramref name="verification"/> is committed; throws what the database threw when its batch failed.</summary>
    public async Task RecordAsync(Verification verification, CancellationToken cancellationToken)
    {
        var pending = new PendingVerification(verification);
        if (queue is { } open && await EnqueueAsync(open.Writer, pending, cancellationToken))
        {
            await pending.Committed.Task.WaitAsync(cancellationToken);
            return;
        }

        // No writer runs (the CLI builds its services without starting them; a stopped host): the check commits alone.
        await CommitAsync([pending], cancellationToken);
        await pending.Committed.Task;
    }

    /// <summary>Opens the queue for the writer, which reads until <see cref="Close"/> and what was queued before it.</summary>
    internal ChannelReader<PendingVerification> Open()
    {
        var opened = Channel.CreateBounded<PendingVerification>(
            new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        queue = opened;
        return opened.Reader;
    }

    /// <summary>Refuses further checks into the queue (they commit alone); those already queued stay for the writer.</summary>
    internal void Close() => queue?.Writer.TryComplete();

    /// <summary>
    /// Inserts the batch with one multi-row INSERT in a scope of its own, then answers every waiter:
    /// all rows are committed, or none is and each waiter gets the exception (its request answers 500).
    /// </summary>
    internal async Task CommitAsync(IReadOnlyList<PendingVerification> batch, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DocumentsDbContext>();
            await db.AppendAsync(batch.Select(p => p.Row).ToList(), cancellationToken);
        }
#pragma warning disable CA1031 // The failure belongs to the waiting requests, which rethrow it; the writer goes on.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            foreach (var pending in batch)
            {
                pending.Committed.TrySetException(ex);
            }

            return;
        }

        foreach (var pending in batch)
        {
            pending.Committed.TrySetResult();
        }
    }

    private static async ValueTask<bool> EnqueueAsync(ChannelWriter<PendingVerification> writer, PendingVerification pending, CancellationToken cancellationToken)
    {
        while (await writer.WaitToWriteAsync(cancellationToken))
        {
            if (writer.TryWrite(pending))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>A check waiting for its commit.</summary>
internal sealed class PendingVerification(Verification row)
{
    public Verification Row { get; } = row;

    // Asynchronous continuations: the writer must not run a batch's requests (their answers, JSON and all) itself.
    public TaskCompletionSource Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
