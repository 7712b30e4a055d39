using Egov.Org.Data;
using Egov.Org.Domain;
using Egov.Platform.Packs;
using Microsoft.EntityFrameworkCore;

namespace Egov.Org.Directory;

/// <summary>
/// Each agency's delegation table. Until an agency adopts its own, the pack's default decides; adopting copies the
/// default into the agency's rows once (at demo seeding, or before the first edit), and from then on only those rows count.
/// </summary>
internal sealed class DelegationTables(OrgDbContext db, CountryPack pack, TimeProvider time)
{
    /// <summary>The rules that decide for the agency, in table order.</summary>
    public async Task<IReadOnlyList<DelegationRule>> RulesAsync(string agencyCode, CancellationToken cancellationToken) =>
        await IsAdoptedAsync(agencyCode, cancellationToken)
            ? [.. (await RowsAsync(agencyCode, cancellationToken)).Select(r => r.ToRule())]
            : pack.Org.DefaultDelegation;

    /// <summary>True once the agency keeps its own table (it may even have removed every row).</summary>
    public Task<bool> IsAdoptedAsync(string agencyCode, CancellationToken cancellationToken) =>
        db.DelegationTables.AnyAsync(t => t.AgencyCode == agencyCode, cancellationToken);

    /// <summary>The agency's own rows in table order (empty before it adopts its table).</summary>
    public async Task<List<DelegationRow>> RowsAsync(string agencyCode, CancellationToken cancellationToken) =>
        (await db.DelegationRows.Where(r => r.AgencyCode == agencyCode).ToListAsync(cancellationToken)).OrderBy(r => r.Position).ToList();

    /// <summary>
    /// The agency's rows, tracked, in table order: its own, or, the first time, a copy of the pack's default added to the
    /// context (with the mark that it adopted its table), so the caller's change and the adoption are saved together.
    /// </summary>
    public async Task<List<DelegationRow>> AdoptAsync(string agencyCode, CancellationToken cancellationToken)
    {
        if (await IsAdoptedAsync(agencyCode, cancellationToken))
        {
            return await RowsAsync(agencyCode, cancellationToken);
        }

        db.DelegationTables.Add(new DelegationTable { AgencyCode = agencyCode, AdoptedAt = time.GetUtcNow().UtcDateTime });
        var rows = pack.Org.DefaultDelegation.Select((rule, i) => new DelegationRow
        {
            Id = Guid.NewGuid(), AgencyCode = agencyCode, Position = i, DocumentType = rule.DocumentType, MinAmount = rule.MinAmount,
            MaxAmount = rule.MaxAmount, PostCode = rule.PostCode, Subject = new Dictionary<string, string>(rule.Subject),
        }).ToList();
        db.DelegationRows.AddRange(rows);
        return rows;
    }
}
