using System.Text.RegularExpressions;
using Egov.Org.Data;
using Egov.Org.Domain;
using Egov.Platform.Packs;
using Microsoft.EntityFrameworkCore;

namespace Egov.Org.Administration;

/// <summary>
/// Adds, renames and moves departments of one agency. The tree stays a tree: one root, a parent in the same agency, never
/// a department beneath itself; codes stay unique in the agency because document numbers carry them.
/// </summary>
internal sealed partial class DepartmentChanges(OrgDbContext db, CountryPack pack, TimeProvider time)
{
    public async Task<OrgChange> AddAsync(
        string agencyCode, Guid parentId, string? code, IReadOnlyDictionary<string, string?> names, string? headPost, CancellationToken cancellationToken)
    {
        code = code?.Trim().ToUpperInvariant();
        if (code is null || !CodePattern().IsMatch(code))
        {
            return OrgChange.Refused("org.error.code", "Code");
        }

        if (await db.Departments.AnyAsync(d => d.AgencyCode == agencyCode && d.Code == code, cancellationToken))
        {
            return OrgChange.Refused("org.error.duplicateCode", "Code");
        }

        if (!await db.Departments.AnyAsync(d => d.Id == parentId && d.AgencyCode == agencyCode, cancellationToken))
        {
            return OrgChange.Refused("org.error.unknownDepartment", "Parent");
        }

        if (headPost is null || pack.Org.FindPost(headPost) is null)
        {
            return OrgChange.Refused("org.error.post", "HeadPost");
        }

        if (Names(names) is not { } complete)
        {
            return OrgChange.Refused("org.error.names", "Names");
        }

        var department = new Department
        {
            Id = Guid.NewGuid(), AgencyCode = agencyCode, ParentId = parentId, Code = code, Names = complete, HeadPostCode = headPost,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        db.Departments.Add(department);
        await db.SaveChangesAsync(cancellationToken);
        return OrgChange.Done(department.Id);
    }

    public async Task<OrgChange> RenameAsync(Department department, IReadOnlyDictionary<string, string?> names, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(department);
        if (Names(names) is not { } complete)
        {
            return OrgChange.Refused("org.error.names", "Names");
        }

        department.Names = complete;
        await db.SaveChangesAsync(cancellationToken);
        return OrgChange.Done(department.Id);
    }

    public async Task<OrgChange> MoveAsync(Department department, Guid newParentId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(department);
        if (department.ParentId is null)
        {
            return OrgChange.Refused("org.error.moveRoot", "Parent");
        }

        var agency = await db.Departments.Where(d => d.AgencyCode == department.AgencyCode).ToListAsync(cancellationToken);
        if (agency.All(d => d.Id != newParentId))
        {
            return OrgChange.Refused("org.error.unknownDepartment", "Parent");
        }

        var chart = new OrgChart(agency, [], [], DateOnly.MinValue);
        if (newParentId == department.Id || chart.Descendants(department.Id).Contains(newParentId))
        {
            return OrgChange.Refused("org.error.moveUnderItself", "Parent");
        }

        department.ParentId = newParentId;
        await db.SaveChangesAsync(cancellationToken);
        return OrgChange.Done(department.Id);
    }

    /// <summary>A name in every language of the pack, trimmed; null when one is missing.</summary>
    private Dictionary<string, string>? Names(IReadOnlyDictionary<string, string?> names)
    {
        var complete = pack.Languages.ToDictionary(l => l, l => names.GetValueOrDefault(l)?.Trim() ?? "", StringComparer.Ordinal);
        return complete.Values.Any(n => n.Length is 0 or > 200) ? null : complete;
    }

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{0,31}$")]
    private static partial Regex CodePattern();
}
