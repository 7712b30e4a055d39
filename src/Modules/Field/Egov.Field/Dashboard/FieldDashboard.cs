using Egov.Field.Data;
using Egov.Field.Domain;
using Microsoft.EntityFrameworkCore;

namespace Egov.Field.Dashboard;

/// <summary>A plan and how far its regular assignments got.</summary>
internal sealed record PlanProgress(InspectionPlan Plan, int Assignments, int Done);

/// <summary>A region's completion across the agency's plans.</summary>
internal sealed record RegionProgress(string RegionCode, int Assignments, int Done)
{
    public int Percent => Assignments == 0 ? 0 : (int)Math.Round(100.0 * Done / Assignments);
}

/// <summary>A completed inspection, for the list that leads to its page.</summary>
internal sealed record CompletedInspection(Guid AssignmentId, string? BuildingName, string Address, string TemplateCode, DateTime CompletedAt)
{
    public string Label => BuildingName ?? Address;
}

/// <summary>What an agency's inspection managers watch.</summary>
internal sealed record DashboardView(
    IReadOnlyList<PlanProgress> Plans, IReadOnlyList<RegionProgress> Regions, int OpenOrders, IReadOnlyList<CorrectiveOrder> Overdue,
    IReadOnlyList<CompletedInspection> Recent);

/// <summary>
/// The agency's field inspections at a glance: its plans with their progress, completion per region, orders still
/// open, and orders past their deadline (escalated, or open on a deadline the hourly job has not reached yet).
/// Re-inspections are follow-up, not plan progress: they count in neither.
/// </summary>
internal sealed class FieldDashboard(FieldDbContext db)
{
    public async Task<DashboardView> ForAsync(string agency, DateOnly today, CancellationToken cancellationToken)
    {
        var regular = db.Assignments.AsNoTracking().Where(a => a.AgencyCode == agency && a.Kind == AssignmentKind.Regular);
        var byPlan = await regular.GroupBy(a => a.PlanId)
            .Select(g => new { PlanId = g.Key, Count = g.Count(), Done = g.Count(a => a.Status == AssignmentStatus.Done) })
            .ToDictionaryAsync(g => g.PlanId, cancellationToken);
        var plans = await db.Plans.AsNoTracking().Where(p => p.AgencyCode == agency).OrderByDescending(p => p.Year).ThenBy(p => p.DueOn).ToListAsync(cancellationToken);
        var regions = await regular.GroupBy(a => a.RegionCode)
            .Select(g => new RegionProgress(g.Key, g.Count(), g.Count(a => a.Status == AssignmentStatus.Done)))
            .ToListAsync(cancellationToken);
        var orders = db.Orders.AsNoTracking().Where(o => o.AgencyCode == agency);
        var open = await orders.CountAsync(o => o.Status == OrderStatus.Open, cancellationToken);
        var overdue = await orders.Where(o => o.Status == OrderStatus.Escalated || (o.Status == OrderStatus.Open && o.DueOn < today))
            .OrderBy(o => o.DueOn).Take(50).ToListAsync(cancellationToken);
        var recent = await db.Inspections.AsNoTracking().Where(i => i.CompletedAt != null)
            .Join(db.Assignments.Where(a => a.AgencyCode == agency), i => i.AssignmentId, a => a.Id,
                (i, a) => new { a.Id, a.BuildingName, a.Address, i.TemplateCode, CompletedAt = i.CompletedAt!.Value })
            .OrderByDescending(c => c.CompletedAt).Take(20).ToListAsync(cancellationToken);
        return new DashboardView(
            [.. plans.Select(p => new PlanProgress(p, byPlan.TryGetValue(p.Id, out var g) ? g.Count : 0, byPlan.TryGetValue(p.Id, out var d) ? d.Done : 0))],
            [.. regions.OrderBy(r => r.RegionCode, StringComparer.Ordinal)], open, overdue,
            [.. recent.Select(c => new CompletedInspection(c.Id, c.BuildingName, c.Address, c.TemplateCode, c.CompletedAt))]);
    }
}
