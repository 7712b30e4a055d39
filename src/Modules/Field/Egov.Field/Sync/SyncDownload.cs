using Egov.Field.Api;
using Egov.Field.Data;
using Egov.Field.Domain;
using Egov.Field.Planning;
using Egov.Field.Templates;
using Egov.Platform.Packs;
using Microsoft.EntityFrameworkCore;

namespace Egov.Field.Sync;

/// <summary>What a device takes into the field: the inspector's open assignments and the templates to fill them with.</summary>
internal sealed record SyncPackage(IReadOnlyList<AssignmentCard> Assignments, IReadOnlyList<InspectionTemplate> Templates, DateTime ServerTime);

/// <summary>
/// An assignment as a device shows it. <c>TemplateVersion</c> is the version to fill: the one its inspection started
/// on, else the template's current one. <c>DistanceMetres</c> is set when the device gave its position and the
/// building's is known.
/// </summary>
internal sealed record AssignmentCard(
    Guid Id, string Kind, Guid BuildingId, string? BuildingName, string Address, double? Latitude, double? Longitude, DateOnly DueOn,
    string TemplateCode, int TemplateVersion, string InspectionStatus, double? DistanceMetres);

/// <summary>
/// The inspector's download. With a position, the nearest buildings come first (those without a known position
/// last, by due date); without one, by due date then address.
/// </summary>
internal sealed class SyncDownload(FieldDbContext db, TemplateStore templates, TimeProvider time)
{
    public async Task<SyncPackage> ForAsync(FieldCaller inspector, DevicePosition? position, CancellationToken cancellationToken)
    {
        var assignments = await db.Assignments.AsNoTracking()
            .Where(a => a.Status == AssignmentStatus.Open && a.Inspectors.Any(i => i.EmployeeNumber == inspector.EmployeeNumber))
            .ToListAsync(cancellationToken);
        var ids = assignments.Select(a => a.Id).ToList();
        var started = await db.Inspections.AsNoTracking().Where(i => ids.Contains(i.AssignmentId))
            .ToDictionaryAsync(i => i.AssignmentId, i => (i.TemplateCode, i.TemplateVersion), cancellationToken);
        var cards = assignments.Select(a =>
        {
            var version = started.TryGetValue(a.Id, out var s) ? s.TemplateVersion : templates.Current.FirstOrDefault(t => t.Code == a.TemplateCode)?.Version ?? 0;
            double? distance = position is { } p && a.Latitude is { } lat && a.Longitude is { } lon ? Math.Round(Distance.Metres(p.Latitude, p.Longitude, lat, lon)) : null;
            return new AssignmentCard(a.Id, a.Kind == AssignmentKind.Reinspection ? "reinspection" : "regular", a.BuildingId, a.BuildingName, a.Address,
                a.Latitude, a.Longitude, a.DueOn, a.TemplateCode, version, started.ContainsKey(a.Id) ? "in-progress" : "not-started", distance);
        });
        var sorted = position is null
            ? cards.OrderBy(c => c.DueOn).ThenBy(c => c.Address, StringComparer.Ordinal)
            : cards.OrderBy(c => c.DistanceMetres ?? double.MaxValue).ThenBy(c => c.DueOn);
        var list = sorted.ToList();

        var needed = list.Select(c => (c.TemplateCode, c.TemplateVersion)).Distinct().ToList();
        var forms = new List<InspectionTemplate>();
        foreach (var (code, version) in needed)
        {
            if (await templates.FindAsync(code, version, cancellationToken) is { } template)
            {
                forms.Add(template);
            }
        }

        return new SyncPackage(list, forms, time.GetUtcNow().UtcDateTime);
    }
}
