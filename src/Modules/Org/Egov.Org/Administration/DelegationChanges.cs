using Egov.Org.Data;
using Egov.Org.Directory;
using Egov.Org.Domain;
using Egov.Platform.Packs;

namespace Egov.Org.Administration;

/// <summary>
/// Adds and removes rows of an agency's delegation table, adopting the pack's default first. A new row must not overlap
/// another of its type: one document, one answer.
/// </summary>
internal sealed class DelegationChanges(OrgDbContext db, DelegationTables tables, CountryPack pack)
{
    public async Task<OrgChange> AddAsync(
        string agencyCode, string? documentType, decimal? min, decimal? max, string? post, IReadOnlyDictionary<string, string?> subject,
        CancellationToken cancellationToken)
    {
        if (documentType is null || pack.Org.FindDocumentType(documentType) is null)
        {
            return OrgChange.Refused("org.error.documentType", "DocumentType");
        }

        if (post is null || pack.Org.FindPost(post) is null)
        {
            return OrgChange.Refused("org.error.post", "Post");
        }

        if (min < 0 || max < 0 || (min is { } lower && max is { } upper && lower >= upper))
        {
            return OrgChange.Refused("org.error.range", "Max");
        }

        var notes = subject.Where(s => !string.IsNullOrWhiteSpace(s.Value)).ToDictionary(s => s.Key, s => s.Value!.Trim(), StringComparer.Ordinal);
        var rule = new DelegationRule(documentType, min, max, post, notes);
        if ((await tables.RulesAsync(agencyCode, cancellationToken)).Any(r => r.Overlaps(rule)))
        {
            return OrgChange.Refused("org.error.overlap", "Min");
        }

        var rows = await tables.AdoptAsync(agencyCode, cancellationToken);

        var row = new DelegationRow
        {
            Id = Guid.NewGuid(), AgencyCode = agencyCode, Position = rows.Count == 0 ? 0 : rows.Max(r => r.Position) + 1, DocumentType = documentType,
            MinAmount = min, MaxAmount = max, PostCode = post, Subject = notes,
        };
        db.DelegationRows.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return OrgChange.Done(row.Id);
    }

    /// <summary>Removes the row at <paramref name="position"/> of the table as the page showed it.</summary>
    public async Task<OrgChange> RemoveAsync(string agencyCode, int position, CancellationToken cancellationToken)
    {
        var row = (await tables.AdoptAsync(agencyCode, cancellationToken)).FirstOrDefault(r => r.Position == position);
        if (row is null)
        {
            db.ChangeTracker.Clear();
            return OrgChange.Refused("org.error.unknownRow", "Row");
        }

        db.DelegationRows.Remove(row);
        await db.SaveChangesAsync(cancellationToken);
        return OrgChange.Done(row.Id);
    }
}
