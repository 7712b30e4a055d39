using Egov.Org.Contracts;
using Egov.Org.Data;
using Egov.Org.Domain;
using Egov.Platform.Packs;
using Microsoft.EntityFrameworkCore;

namespace Egov.Org.Directory;

/// <summary>
/// <see cref="IOrgDirectory"/> over the module's tables. Statuses are read for today in the pack's time zone (a leave's
/// first and last days are calendar days there). Final authority: see <see cref="FinalAuthorityRule"/>;
/// <see cref="FinalAuthority.IsDelegated"/> is true when the approving department is headed below the agency's head
/// post, so a row naming the deputy head in an agency whose tree has no department headed by one goes to the head,
/// not marked 전결. An unknown drafting department is a caller's error (<see cref="ArgumentException"/>).
/// Stand-ins: see <see cref="StandInRule"/> (a departed official is returned as acting for themself, status departed).
/// </summary>
internal sealed class OrgDirectory(
    OrgDbContext db, OrgCharts charts, DelegationTables tables, DelegationRuleText ruleText, CountryPack pack, TimeProvider time) : IOrgDirectory
{
    private DateOnly Today => pack.Today(time);

    public async Task<OfficialCard?> FindOfficialAsync(string employeeNumber, CancellationToken cancellationToken = default)
    {
        var official = await db.Officials.AsNoTracking().FirstOrDefaultAsync(o => o.EmployeeNumber == employeeNumber, cancellationToken);
        if (official is null)
        {
            return null;
        }

        var chart = await charts.BranchAsync(official.AgencyCode, _ => [official.DepartmentId], Today, cancellationToken);
        return chart.FindOfficial(official.Id) is { } serving ? chart.Card(serving) : new OrgChart([], [official], [], Today).Card(official);
    }

    public async Task<DepartmentCard?> FindDepartmentAsync(Guid departmentId, CancellationToken cancellationToken = default) =>
        await db.Departments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == departmentId, cancellationToken) is { } department
            ? OrgChart.Card(department)
            : null;

    public async Task<IReadOnlyList<DepartmentCard>> DepartmentsAsync(string agencyCode, CancellationToken cancellationToken = default)
    {
        var departments = await db.Departments.AsNoTracking().Where(d => d.AgencyCode == agencyCode).ToListAsync(cancellationToken);
        return [.. new OrgChart(departments, [], [], Today).TreeOrder().Select(OrgChart.Card)];
    }

    public async Task<IReadOnlyList<OfficialCard>> MembersAsync(Guid departmentId, CancellationToken cancellationToken = default)
    {
        if (await db.Departments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == departmentId, cancellationToken) is not { } department)
        {
            return [];
        }

        var chart = await charts.BranchAsync(department.AgencyCode, _ => [departmentId], Today, cancellationToken);
        return [.. chart.MembersOf(department).Select(chart.Card)];
    }

    public async Task<FinalAuthority> FinalAuthorityAsync(FinalAuthorityQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var drafting = await db.Departments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == query.DraftingDepartmentId, cancellationToken)
            ?? throw new ArgumentException($"department {query.DraftingDepartmentId} is not in the organisation", nameof(query));
        var chart = await charts.BranchAsync(drafting.AgencyCode, c => c.UpFrom(c.FindDepartment(drafting.Id)!).Select(d => d.Id), Today, cancellationToken);
        var table = await tables.RulesAsync(drafting.AgencyCode, cancellationToken);
        var decision = FinalAuthorityRule.Decide(chart, table, pack.Org, query);
        return new FinalAuthority(decision.PostCode, decision.Approver, decision.IsDelegated, decision.Reviewers, ruleText.ForRecord(decision.Row, query.DocumentType));
    }

    public async Task<StandIn?> StandInAsync(string employeeNumber, DateOnly day, CancellationToken cancellationToken = default) =>
        await charts.StandInChainAsync(employeeNumber, day, cancellationToken) is { } found
            ? StandInRule.Resolve(found.Chart, found.Official)
            : null;
}
