using Egov.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Egov.Platform.Audit;

/// <summary><see cref="IAuditReader"/> over the chain's table; one range scan of the (subject, sequence) index.</summary>
internal sealed class AuditReader(PlatformDbContext db) : IAuditReader
{
    public async Task<IReadOnlyList<AuditEntry>> ForSubjectAsync(
        string subject, long? beforeSequence, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var query = db.AuditEntries.AsNoTracking().Where(e => e.Subject == subject);
        if (beforeSequence is { } before)
        {
            query = query.Where(e => e.Sequence < before);
        }

        return await query.OrderByDescending(e => e.Sequence).Take(limit).ToListAsync(cancellationToken);
    }
}
