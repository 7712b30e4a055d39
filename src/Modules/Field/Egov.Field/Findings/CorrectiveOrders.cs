using Egov.Field.Contracts;
using Egov.Field.Data;
using Egov.Field.Domain;
using Egov.Platform.Packs;
using Egov.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Egov.Field.Findings;

/// <summary>
/// Turns a completed inspection's failed items into corrective-action orders: a deadline from the template item, a
/// re-inspection of the building by the same inspectors after it, and an event (in the same transaction) on which the
/// owners are served the order. A re-inspection closes the order it checks when the item now passes; when it fails
/// again no second order is made: the first one, past its deadline, escalates.
/// </summary>
internal sealed class CorrectiveOrders(FieldDbContext db, CountryPack pack)
{
    public async Task IssueAsync(Assignment assignment, Inspection inspection, InspectionTemplate template, DateTime now, CancellationToken cancellationToken)
    {
        var checkedOrder = assignment.OrderId is { } orderId ? await db.Orders.SingleOrDefaultAsync(o => o.Id == orderId, cancellationToken) : null;
        var failed = 0;
        var today = pack.DateAt(new DateTimeOffset(now, TimeSpan.Zero));
        foreach (var item in inspection.Items)
        {
            var isFailed = item.Outcome == ItemOutcome.Fail;
            failed += isFailed ? 1 : 0;
            if (checkedOrder is not null && checkedOrder.ItemCode == item.ItemCode)
            {
                if (!isFailed && checkedOrder.Status != OrderStatus.Corrected)
                {
                    checkedOrder.Status = OrderStatus.Corrected;
                    checkedOrder.ClosedAt = now;
                }

                continue;
            }

            if (isFailed && template.Items.FirstOrDefault(t => t.Code == item.ItemCode) is { } definition)
            {
                Issue(assignment, inspection, template, definition, today, now);
            }
        }

        db.AddIntegrationEvent(new InspectionCompleted(
            inspection.Id, assignment.Id, assignment.BuildingId, assignment.AgencyCode, template.Code, template.Version, failed, now), now);
    }

    private void Issue(Assignment assignment, Inspection inspection, InspectionTemplate template, TemplateItem item, DateOnly today, DateTime now)
    {
        var dueOn = today.AddDays(item.CorrectionDays);
        var order = new CorrectiveOrder
        {
            Id = Guid.NewGuid(), InspectionId = inspection.Id, AssignmentId = assignment.Id, AgencyCode = assignment.AgencyCode, BuildingId = assignment.BuildingId,
            BuildingLabel = assignment.Label, TemplateCode = template.Code, TemplateVersion = template.Version, ItemCode = item.Code, DueOn = dueOn,
            Status = OrderStatus.Open, IssuedAt = now,
        };
        var reinspection = new Assignment
        {
            Id = Guid.NewGuid(), PlanId = assignment.PlanId, AgencyCode = assignment.AgencyCode, TemplateCode = assignment.TemplateCode, BuildingId = assignment.BuildingId,
            BuildingName = assignment.BuildingName, Address = assignment.Address, RegionCode = assignment.RegionCode, Latitude = assignment.Latitude,
            Longitude = assignment.Longitude, DueOn = dueOn.AddDays(template.ReinspectionDays), Kind = AssignmentKind.Reinspection, OrderId = order.Id,
            Status = AssignmentStatus.Open, CreatedAt = now,
        };
        reinspection.Inspectors.AddRange(assignment.Inspectors.Select(i => new AssignedInspector { AssignmentId = reinspection.Id, EmployeeNumber = i.EmployeeNumber }));
        order.ReinspectionAssignmentId = reinspection.Id;
        db.Assignments.Add(reinspection);
        db.Orders.Add(order);
        db.AddIntegrationEvent(new CorrectiveOrderIssued(order.Id, inspection.Id, assignment.BuildingId, item.Code, dueOn, reinspection.Id), now);
    }
}
