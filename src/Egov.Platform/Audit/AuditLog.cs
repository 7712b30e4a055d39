using Egov.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Egov.Platform.Audit;

/// <summary>The chain as a module sees it: appends go through the process's <see cref="AuditChainWriter"/>.</summary>
internal sealed class AuditLog(PlatformDbContext db, AuditChainWriter writer) : IAuditLog
{
    public async Task<long> AppendAsync(AuditRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        return (await AppendManyAsync([record], cancellationToken))[0];
    }

    public Task<IReadOnlyList<long>> AppendManyAsync(IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        return records.Count == 0 ? Task.FromResult<IReadOnlyList<long>>([]) : writer.AppendAsync(records, cancellationToken);
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
}
