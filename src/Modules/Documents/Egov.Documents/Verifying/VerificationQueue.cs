using System.Threading.Channels;
using Egov.Documents.Data;
using Egov.Documents.Domain;
using Egov.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Documents.Verifying;

/// <summary>
/// Answers checks of documents by number in batches and records each check of a known document for its holder.
/// A check waits in a bounded queue; one worker (<see cref="VerificationQueueWorker"/>) takes everything queued,
/// reads its documents with one query, inserts the rows of those found in one transaction, and only then answers
/// each waiter: nothing answered is unrecorded, and a crash loses only checks not yet answered.
/// Commits were grouped first; a read of its own still made each check pay a connection's set-up, a statement's
/// parse and, on PostgreSQL, a round trip. Now a batch pays them once, for whatever arrived while the previous
/// batch ran (docs/benchmarks.md, the verification API). The read comes after the check arrived, so a revocation
/// shows in every answer at once. The queue holds only checks in flight: the host keeps no state a restart would lose.
/// </summary>
internal sealed class VerificationQueue(IServiceScopeFactory scopes, TimeProvider time)
{
    /// <summary>The most checks one batch carries: a few hundred keep each read and commit short on both providers.</summary>
    public const int BatchSize = 256;

    // Room for a few batches. When the database falls behind, a check waits for room (its verifier sees latency,
    // not an error, and a client that gives up stops waiting): the queue never holds more than this.
    private const int Capacity = 4 * BatchSize;

    private volatile Channel<PendingCheck>? queue;

    /// <summary>
    /// The status of the document numbered <paramref name="number"/> (normalised) and the document as issued, once
    /// the check is recorded (a known document only); throws what the database threw when its batch failed.
    /// </summary>
    public async Task<VerificationAnswer> CheckAsync(string number, string channel, string? verifier, CancellationToken cancellationToken)
    {
        var pending = new PendingCheck(number, channel, verifier);
        if (queue is { } open && await EnqueueAsync(open.Writer, pending, cancellationToken))
        {
            return await pending.Answered.Task.WaitAsync(cancellationToken);
        }

        // No worker runs (the CLI builds its services without starting them; a stopped host): the check runs alone.
        Answer([pending]);
        return await pending.Answered.Task;
    }

    /// <summary>Opens the queue for the worker, which reads until <see cref="Close"/> and what was queued before it.</summary>
    internal ChannelReader<PendingCheck> Open()
    {
        var opened = Channel.CreateBounded<PendingCheck>(
            new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        queue = opened;
        return opened.Reader;
    }

    /// <summary>Refuses further checks into the queue (they run alone); those already queued stay for the worker.</summary>
    internal void Close() => queue?.Writer.TryComplete();

    /// <summary>
    /// Reads the batch's documents and inserts the rows of its known ones (<see cref="AppendOnlyInsert"/>) in a scope of its
    /// own, then answers every waiter: all rows are committed, or none is and each waiter gets the exception (its
    /// request answers 500).
    /// </summary>
    internal void Answer(IReadOnlyList<PendingCheck> batch)
    {
        VerificationAnswer[] answers;
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<DocumentsDbContext>();
            // One connection for the read and the insert (opening one is much of a small query's cost on SQLite); the
            // context closes it when the scope gives the context back.
            db.Database.OpenConnection();
            var numbers = batch.Select(p => p.Number).Distinct().ToList();
            // One array parameter (JSON on SQLite, an array on PostgreSQL) whatever the batch's size: one SQL text, translated
            // once and cached, instead of one per count of numbers (EF's default of a parameter per value).
            var documents = db.Documents.AsNoTracking().Where(d => EF.Parameter(numbers).Contains(d.Number)).ToDictionary(d => d.Number);
            var now = time.GetUtcNow();
            answers = [.. batch.Select(p => documents.TryGetValue(p.Number, out var d) ? new VerificationAnswer(DocumentStatuses.Of(d, now), d) : VerificationAnswer.Unknown)];
            var rows = batch.Zip(answers).Where(checkAnswer => checkAnswer.Second.Document is not null).Select(checkAnswer => new Verification
            {
                DocumentSequence = checkAnswer.Second.Document!.Sequence, At = now.UtcDateTime, Channel = checkAnswer.First.Channel,
                Verifier = checkAnswer.First.Verifier, Outcome = checkAnswer.Second.Status.ToString().ToLowerInvariant(),
            }).ToList();
            db.Append(rows);
        }
#pragma warning disable CA1031 // The failure belongs to the waiting requests, which rethrow it; the worker goes on.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            foreach (var pending in batch)
            {
                pending.Answered.TrySetException(ex);
            }

            return;
        }

        for (var i = 0; i < batch.Count; i++)
        {
            batch[i].Answered.TrySetResult(answers[i]);
        }
    }

    private static async ValueTask<bool> EnqueueAsync(ChannelWriter<PendingCheck> writer, PendingCheck pending, CancellationToken cancellationToken)
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

/// <summary>A check waiting for its batch: the document's normalised number, how it was presented, by whom.</summary>
internal sealed class PendingCheck(string number, string channel, string? verifier)
{
    public string Number { get; } = number;

    public string Channel { get; } = channel;

    public string? Verifier { get; } = verifier;

    // Asynchronous continuations: the worker must not run a batch's requests (their answers, JSON and all) itself.
    public TaskCompletionSource<VerificationAnswer> Answered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
