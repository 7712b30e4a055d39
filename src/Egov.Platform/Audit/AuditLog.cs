using Egov.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Egov.Platform.Audit;

internal sealed class AuditLog(PlatformDbContext db, TimeProvider time) : IAuditLog
{
    // Any constant works: it only has to be the same in every host copy.
    private const long ChainLockKey = 0x45_47_4F_56_41_55_44; // "EGOVAUD"

    public async Task<long> AppendAsync(AuditRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        return (await AppendManyAsync([record], cancellationToken))[0];
    }

    public async Task<IReadOnlyList<long>> AppendManyAsync(IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (records.Count == 0)
        {
            return [];
        }

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            // The chain is a total order: one appender at a time across every host copy. SQLite's
            // transactions are IMMEDIATE (one writer); PostgreSQL serialises on an advisory lock.
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
            return (IReadOnlyList<long>)sequences;
        }, cancellationToken);
    }

    public async Task<AuditVerification> VerifyAsync(IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        var expectedPrevious = AuditHash.Genesis;
        long checkedCount = 0;
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable()
                           .WithCancellation(cancellationToken))
        {
            var problem = entry.Sequence != checkedCount + 1 ? $"expected entry {checkedCount + 1}, found {entry.Sequence}: entries are missing"
                : entry.PreviousHash != expectedPrevious ? "its previous-hash does not match the entry before it"
                : AuditHash.Compute(entry) != entry.Hash ? "its content does not match its hash"
                : null;
            if (problem is not null)
            {
                return new AuditVerification(checkedCount, entry.Sequence, problem);
            }

            checkedCount++;
            expectedPrevious = entry.Hash;
            if (checkedCount % 100_000 == 0)
            {
                progress?.Report(checkedCount);
            }
        }

        return new AuditVerification(checkedCount, null, null);
    }

    // PostgreSQL keeps microseconds; hashing finer ticks would make every entry fail after a round trip.
    private static DateTime TruncateToMicroseconds(DateTime value) =>
        new(value.Ticks - value.Ticks % 10, DateTimeKind.Utc);
}
