using Egov.Org.Data;
using Egov.Org.Domain;
using Microsoft.EntityFrameworkCore;

namespace Egov.Org.Directory;

/// <summary>Loads the part of an agency's organisation a question needs into an <see cref="OrgChart"/> for a day.</summary>
internal sealed class OrgCharts(OrgDbContext db)
{
    /// <summary>The whole agency: every department, every official who ever served, every leave.</summary>
    public async Task<OrgChart> AgencyAsync(string agencyCode, DateOnly day, CancellationToken cancellationToken)
    {
        var departments = await db.Departments.AsNoTracking().Where(d => d.AgencyCode == agencyCode).ToListAsync(cancellationToken);
        var officials = await db.Officials.AsNoTracking().Where(o => o.AgencyCode == agencyCode).ToListAsync(cancellationToken);
        var ids = officials.Select(o => o.Id).ToList();
        var leaves = await db.Leaves.AsNoTracking().Where(l => ids.Contains(l.OfficialId)).ToListAsync(cancellationToken);
        return new OrgChart(departments, officials, leaves, day);
    }

    /// <summary>
    /// The agency's departments with only the officials of <paramref name="departmentIds"/> (and their leaves that day):
    /// enough for heads and members of a branch without reading the whole staff.
    /// </summary>
    public async Task<OrgChart> BranchAsync(string agencyCode, Func<OrgChart, IEnumerable<Guid>> departmentIds, DateOnly day, CancellationToken cancellationToken)
    {
        var departments = await db.Departments.AsNoTracking().Where(d => d.AgencyCode == agencyCode).ToListAsync(cancellationToken);
        var ids = departmentIds(new OrgChart(departments, [], [], day)).ToList();
        var officials = await db.Officials.AsNoTracking()
            .Where(o => ids.Contains(o.DepartmentId) && (o.DepartedOn == null || o.DepartedOn > day))
            .ToListAsync(cancellationToken);
        return new OrgChart(departments, officials, await LeavesOnAsync(officials.Select(o => o.Id), day, cancellationToken), day);
    }

    /// <summary>
    /// The official and, while each is away, the deputies <see cref="StandInRule"/> may follow, with their leaves that day.
    /// </summary>
    public async Task<(OrgChart Chart, Official Official)?> StandInChainAsync(string employeeNumber, DateOnly day, CancellationToken cancellationToken)
    {
        if (await db.Officials.AsNoTracking().FirstOrDefaultAsync(o => o.EmployeeNumber == employeeNumber, cancellationToken) is not { } official)
        {
            return null;
        }

        var officials = new Dictionary<Guid, Official> { [official.Id] = official };
        var leaves = new List<Leave>();
        var current = official;
        for (var hop = 0; hop <= StandInRule.MaxHops; hop++)
        {
            var away = await LeavesOnAsync([current.Id], day, cancellationToken);
            leaves.AddRange(away);
            if (away.Count == 0 || officials.ContainsKey(away[0].DeputyId)
                || await db.Officials.AsNoTracking().FirstOrDefaultAsync(o => o.Id == away[0].DeputyId, cancellationToken) is not { } deputy)
            {
                break;
            }

            officials[deputy.Id] = deputy;
            current = deputy;
        }

        var departments = await db.Departments.AsNoTracking().Where(d => officials.Values.Select(o => o.DepartmentId).Contains(d.Id)).ToListAsync(cancellationToken);
        return (new OrgChart(departments, officials.Values, leaves, day), official);
    }

    private async Task<List<Leave>> LeavesOnAsync(IEnumerable<Guid> officialIds, DateOnly day, CancellationToken cancellationToken)
    {
        var ids = officialIds.ToList();
        return await db.Leaves.AsNoTracking()
            .Where(l => ids.Contains(l.OfficialId) && l.From <= day && day <= l.To && (l.ReturnedOn == null || day < l.ReturnedOn))
            .ToListAsync(cancellationToken);
    }
}
