using Egov.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Platform.Audit;

/// <summary>
/// Appends to the audit chain for the whole process, grouping the appends that arrive together into one transaction.
/// The chain is a total order, so appends take turns (an advisory lock on PostgreSQL, SQLite's one writer) and each
/// turn holds the lock through a read of the head, an insert and a commit's flush: one append per turn made that turn
/// the ceiling of everything audited (a mail run of certificates waited ~5 ms a turn at four workers). Now the appends
/// queued while a turn runs go in the next one together; each caller still returns only once its entries are committed.
/// A turn is written by a pump on the thread pool that runs while appends wait and ends when none do (no hosted
/// service: the CLI needs it too). A caller that stops waiting does not withdraw its entries.
/// </summary>
internal sealed class AuditChainWriter(IServiceScopeFactory scopes, TimeProvider time)
{
    // Any constant works: it only has to be the same in every host copy.
    internal const long ChainLockKey = 0x45_47_4F_56_41_55_44; // "EGOVAUD"

    // Keeps a turn's transaction short when many appends wait; a single larger append still goes whole.
    private const int MostEntriesPerTurn = 1_000;

    private readonly Lock gate = new();
    private List<PendingAppend> waiting = [];
    private bool pumping;

    public Task<IReadOnlyList<long>> AppendAsync(IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken)
    {
        // A copy: the caller's list is read when its turn comes, after this returns.
        var pending = new PendingAppend([.. records]);
        bool start;
        lock (gate)
        {
            waiting.Add(pending);
            start = !pumping;
            pumping = true;
        }

        if (start)
        {
            _ = Task.Run(PumpAsync, CancellationToken.None);
        }

        return pending.Written.Task.WaitAsync(cancellationToken);
    }

    private async Task PumpAsync()
    {
        while (TakeTurn() is { } turn)
        {
            await WriteTurnAsync(turn);
        }
    }

    private List<PendingAppend>? TakeTurn()
    {
        lock (gate)
        {
            if (waiting.Count == 0)
            {
                pumping = false;
                return null;
            }

            var turn = new List<PendingAppend>();
            var entries = 0;
            while (turn.Count < waiting.Count && (turn.Count == 0 || entries + waiting[turn.Count].Records.Count <= MostEntriesPerTurn))
            {
                entries += waiting[turn.Count].Records.Count;
                turn.Add(waiting[turn.Count]);
            }

            waiting.RemoveRange(0, turn.Count);
            return turn;
        }
    }

    /// <summary>
    /// Writes a turn; if the database refuses it, each append is tried alone, so one bad append fails only its caller.
    /// </summary>
    private async Task WriteTurnAsync(List<PendingAppend> turn)
    {
        try
        {
            var sequences = await WriteAsync([.. turn.SelectMany(p => p.Records)]);
            var next = 0;
            foreach (var pending in turn)
            {
                pending.Written.TrySetResult(sequences[next..(next + pending.Records.Count)]);
                next += pending.Records.Count;
            }
        }
#pragma warning disable CA1031 // The failure belongs to the waiting callers, which rethrow it; the pump goes on.
        catch (Exception ex)
        {
            if (turn.Count == 1)
            {
                turn[0].Written.TrySetException(ex);
                return;
            }

            foreach (var pending in turn)
            {
                try
                {
                    pending.Written.TrySetResult(await WriteAsync(pending.Records));
                }
                catch (Exception alone)
                {
                    pending.Written.TrySetException(alone);
                }
            }
        }
#pragma warning restore CA1031
    }

    private async Task<long[]> WriteAsync(IReadOnlyList<AuditRecord> records)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            // One turn at a time across every host copy: SQLite's transactions are IMMEDIATE (one writer);
            // PostgreSQL serialises on an advisory lock.
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            if (db.Database.IsNpgsql())
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({ChainLockKey})", ct);
            }

            var last = await db.AuditEntries.AsNoTracking()
                .OrderByDescending(e => e.Sequence)
                .Select(e => new { e.Sequence, e.Hash })
                .FirstOrDefaultAsync(ct);
            var (sequence, previousHash) = (last?.Sequence ?? 0, last?.Hash ?? AuditHash.Genesis);
            var at = TruncateToMicroseconds(time.GetUtcNow().UtcDateTime);
            var sequences = new long[records.Count];
            for (var i = 0; i < records.Count; i++)
            {
                var record = records[i];
                var entry = new AuditEntry
                {
                    Sequence = ++sequence,
                    At = at,
                    Actor = record.Actor,
                    OnBehalfOf = record.OnBehalfOf,
                    Action = record.Action,
                    Subject = record.Subject,
                    Purpose = record.Purpose,
                    LegalBasis = record.LegalBasis,
                    PreviousHash = previousHash,
                };
                entry.Hash = AuditHash.Compute(entry);
                previousHash = entry.Hash;
                sequences[i] = entry.Sequence;
                db.AuditEntries.Add(entry);
            }

            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            db.ChangeTracker.Clear();
            return sequences;
        }, CancellationToken.None);
    }

    // PostgreSQL keeps microseconds; hashing finer ticks would make every entry fail after a round trip.
    private static DateTime TruncateToMicroseconds(DateTime value) =>
        new(value.Ticks - value.Ticks % 10, DateTimeKind.Utc);

    private sealed class PendingAppend(IReadOnlyList<AuditRecord> records)
    {
        public IReadOnlyList<AuditRecord> Records { get; } = records;

        // Asynchronous continuations: the pump must not run its callers' work (their requests) before the next turn.
        public TaskCompletionSource<IReadOnlyList<long>> Written { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
