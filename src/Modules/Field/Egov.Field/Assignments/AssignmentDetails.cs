using Egov.Field.Data;
using Egov.Field.Domain;
using Egov.Field.Templates;
using Egov.Org.Contracts;
using Egov.Platform.Packs;
using Microsoft.EntityFrameworkCore;

namespace Egov.Field.Assignments;

/// <summary>An item of the checklist with the value recorded for it (null while none was) and its completed photos' upload ids.</summary>
internal sealed record ItemDetails(TemplateItem Definition, InspectionItem? Value, IReadOnlyList<Guid> Photos);

/// <summary>What the assignment's page shows: the assignment, the checklist version it is filled on, the inspection, its items, its orders.</summary>
internal sealed record AssignmentDetails(
    Assignment Assignment, InspectionTemplate Template, Inspection? Inspection, IReadOnlyList<ItemDetails> Items, IReadOnlyList<CorrectiveOrder> Orders,
    IReadOnlyDictionary<string, string> OfficialNames)
{
    /// <summary>An official's name as the directory knows it, else their employee number.</summary>
    public string Name(string employeeNumber) => OfficialNames.TryGetValue(employeeNumber, out var name) ? name : employeeNumber;
}

/// <summary>
/// Reads one assignment for its page: the checklist version the inspection started on (the pack's current one before
/// it started), every item in the checklist's order with the winning value and its photos that arrived whole, the
/// orders the inspection issued and, for a re-inspection, the order it checks; the officials' names from the directory.
/// </summary>
internal sealed class AssignmentDetailsQuery(FieldDbContext db, TemplateStore templates, IOrgDirectory org, CountryPack pack)
{
    public async Task<AssignmentDetails?> ForAsync(Assignment assignment, CancellationToken cancellationToken)
    {
        var inspection = await db.Inspections.AsNoTracking().Include(i => i.Items).SingleOrDefaultAsync(i => i.AssignmentId == assignment.Id, cancellationToken);
        var template = inspection is null
            ? pack.Field.Find(assignment.TemplateCode)
            : await templates.FindAsync(inspection.TemplateCode, inspection.TemplateVersion, cancellationToken);
        if (template is null)
        {
            return null;
        }

        var photos = await db.Photos.AsNoTracking().Where(p => p.AssignmentId == assignment.Id && p.CompletedAt != null)
            .Select(p => new { p.Id, p.ClientId, p.ItemCode }).ToListAsync(cancellationToken);
        var items = template.Items.Select(definition =>
        {
            var value = inspection?.Items.FirstOrDefault(i => i.ItemCode == definition.Code);
            var taken = value?.Photos ?? [];
            return new ItemDetails(definition, value, [.. photos.Where(p => p.ItemCode == definition.Code && taken.Contains(p.ClientId)).Select(p => p.Id)]);
        }).ToList();
        var orders = await db.Orders.AsNoTracking().Where(o => o.AssignmentId == assignment.Id || o.Id == assignment.OrderId)
            .OrderBy(o => o.DueOn).ToListAsync(cancellationToken);
        var numbers = assignment.Inspectors.Select(i => i.EmployeeNumber)
            .Concat(inspection?.Items.Select(i => i.RecordedBy) ?? []).Append(inspection?.CompletedBy).OfType<string>().Distinct(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var number in numbers)
        {
            if (await org.FindOfficialAsync(number, cancellationToken) is { } official)
            {
                names[number] = official.Name;
            }
        }

        return new AssignmentDetails(assignment, template, inspection, items, orders, names);
    }
}
