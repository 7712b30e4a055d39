using Egov.Field.Api;
using Egov.Field.Data;
using Egov.Field.Domain;
using Egov.Org.Contracts;
using Egov.Platform.Audit;
using Egov.Platform.Packs;
using Egov.Registries.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Egov.Field.Planning;

/// <summary>
/// Makes inspection plans: the register's buildings of the use in the region become one assignment each, given to the
/// plan's inspectors in turn. Inspectors must serve in the manager's own agency: a manager cannot send another
/// agency's officials out, nor plan for another agency.
/// </summary>
internal sealed class InspectionPlans(FieldDbContext db, IBuildingRegister buildings, IOrgDirectory org, CountryPack pack, IAuditLog audit, TimeProvider time)
{
    public async Task<(PlanSummary? Plan, bool Created, Dictionary<string, string[]> Errors)> CreateAsync(FieldCaller manager, PlanRequest request, CancellationToken cancellationToken)
    {
        if (await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.ClientId == request.ClientId && p.AgencyCode == manager.AgencyCode, cancellationToken) is { } earlier)
        {
            return (await SummaryAsync(earlier, cancellationToken), false, []);
        }

        var errors = new Dictionary<string, string[]>();
        if (request.ClientId == Guid.Empty)
        {
            errors["clientId"] = ["A client-generated id is required."];
        }

        if (request.Template is null || pack.Field.Find(request.Template) is null)
        {
            errors["template"] = ["Choose a template of the country pack."];
        }

        if (request.Region is null || pack.Regions.Find(request.Region) is null)
        {
            errors["region"] = ["Choose a region of the country pack."];
        }

        if (string.IsNullOrWhiteSpace(request.Use) || request.Use.Length > 64)
        {
            errors["use"] = ["Choose a building use."];
        }

        if (request.Year < 2000 || request.DueOn.Year != request.Year)
        {
            errors["dueOn"] = ["The due date falls in the plan's year."];
        }

        var inspectors = await CheckInspectorsAsync(manager, request.Inspectors, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return (null, false, errors);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var plan = new InspectionPlan
        {
            Id = Guid.NewGuid(), ClientId = request.ClientId, AgencyCode = manager.AgencyCode, TemplateCode = request.Template!, RegionCode = request.Region!,
            BuildingUse = request.Use!, Year = request.Year, DueOn = request.DueOn, CreatedBy = manager.EmployeeNumber, CreatedAt = now,
        };
        var count = await AssignAsync(plan, inspectors, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(new AuditRecord(manager.Actor, "field.plan.created", $"field-plan:{plan.Id}"), cancellationToken);
        return (new PlanSummary(plan.Id, plan.TemplateCode, plan.RegionCode, plan.BuildingUse, plan.Year, plan.DueOn, count), true, []);
    }

    /// <summary>
    /// Names the inspectors of an open assignment of the manager's agency (two inspectors may share one); null when
    /// there is no such assignment, errors when an inspector does not serve in the agency.
    /// </summary>
    public async Task<(Assignment? Assignment, Dictionary<string, string[]> Errors)> ReassignAsync(
        FieldCaller manager, Guid assignmentId, IReadOnlyList<string>? numbers, CancellationToken cancellationToken)
    {
        var assignment = await db.Assignments.Include(a => a.Inspectors)
            .SingleOrDefaultAsync(a => a.Id == assignmentId && a.AgencyCode == manager.AgencyCode && a.Status == AssignmentStatus.Open, cancellationToken);
        if (assignment is null)
        {
            return (null, []);
        }

        var errors = new Dictionary<string, string[]>();
        var inspectors = await CheckInspectorsAsync(manager, numbers, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return (assignment, errors);
        }

        db.AssignedInspectors.RemoveRange(assignment.Inspectors.Where(i => !inspectors.Contains(i.EmployeeNumber)));
        db.AssignedInspectors.AddRange(inspectors.Where(n => !assignment.Inspectors.Any(i => i.EmployeeNumber == n))
            .Select(n => new AssignedInspector { AssignmentId = assignment.Id, EmployeeNumber = n }));
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(new AuditRecord(manager.Actor, "field.assignment.inspectors", Sync.AssignmentAccess.Reference(assignment.Id)), cancellationToken);
        return (assignment, errors);
    }

    private async Task<List<string>> CheckInspectorsAsync(FieldCaller manager, IReadOnlyList<string>? numbers, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        var inspectors = (numbers ?? []).Distinct(StringComparer.Ordinal).ToList();
        if (inspectors.Count == 0)
        {
            errors["inspectors"] = ["Name at least one inspector."];
        }

        foreach (var number in inspectors)
        {
            var official = await org.FindOfficialAsync(number, cancellationToken);
            if (official is null || official.AgencyCode != manager.AgencyCode || official.Status == OfficialStatus.Departed)
            {
                errors["inspectors"] = [$"{number} is not a serving official of your agency."];
            }
        }

        return inspectors;
    }

    /// <summary>Adds the plan and one assignment per building, inspectors in turn; returns how many.</summary>
    public async Task<int> AssignAsync(InspectionPlan plan, IReadOnlyList<string> inspectors, DateTime now, CancellationToken cancellationToken)
    {
        db.Plans.Add(plan);
        var places = await buildings.InRegionAsync(plan.RegionCode, plan.BuildingUse, pack.DefaultLanguage, cancellationToken);
        for (var i = 0; i < places.Count; i++)
        {
            var place = places[i];
            var assignment = new Assignment
            {
                Id = Guid.NewGuid(), PlanId = plan.Id, AgencyCode = plan.AgencyCode, TemplateCode = plan.TemplateCode, BuildingId = place.Id, BuildingName = place.Name,
                Address = place.Address, RegionCode = place.RegionCode, Latitude = place.Latitude, Longitude = place.Longitude, DueOn = plan.DueOn,
                Kind = AssignmentKind.Regular, Status = AssignmentStatus.Open, CreatedAt = now,
            };
            assignment.Inspectors.Add(new AssignedInspector { AssignmentId = assignment.Id, EmployeeNumber = inspectors[i % inspectors.Count] });
            db.Assignments.Add(assignment);
        }

        return places.Count;
    }

    private async Task<PlanSummary> SummaryAsync(InspectionPlan plan, CancellationToken cancellationToken) => new(
        plan.Id, plan.TemplateCode, plan.RegionCode, plan.BuildingUse, plan.Year, plan.DueOn,
        await db.Assignments.CountAsync(a => a.PlanId == plan.Id && a.Kind == AssignmentKind.Regular, cancellationToken));
}
