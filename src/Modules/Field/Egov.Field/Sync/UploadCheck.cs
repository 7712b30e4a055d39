using Egov.Field.Domain;
using Egov.Platform.Packs;

namespace Egov.Field.Sync;

/// <summary>An uploaded item checked against its template item: the outcome the server records.</summary>
internal sealed record CheckedItem(TemplateItem Template, ItemOutcome Outcome, decimal? Reading, string? Note, IReadOnlyList<Guid> Photos, DateTime RecordedAt);

/// <summary>
/// Checks an upload against the template version it was filled on. A reading's pass or fail is the server's to say
/// from the item's limits (a device's judgement could be stale or wrong); only "not applicable" is taken from the device.
/// </summary>
internal static class UploadCheck
{
    public const int MaxNote = 2000;

    public static (IReadOnlyList<CheckedItem> Items, Dictionary<string, string[]> Errors) Check(InspectionUpload upload, InspectionTemplate template)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(upload.DeviceId) || upload.DeviceId.Length > 100)
        {
            errors["deviceId"] = ["A device id of at most 100 characters is required."];
        }

        if (upload.Position is { } p && (Math.Abs(p.Latitude) > 90 || Math.Abs(p.Longitude) > 180))
        {
            errors["position"] = ["A position is latitude within ±90 and longitude within ±180 degrees."];
        }

        var items = new List<CheckedItem>();
        var uploads = upload.Items ?? [];
        for (var i = 0; i < uploads.Count; i++)
        {
            var field = $"items[{i}]";
            var item = uploads[i];
            if (template.Items.FirstOrDefault(t => t.Code == item.Code) is not { } definition)
            {
                errors[$"{field}.code"] = [$"The template {template.Code} version {template.Version} has no item '{item.Code}'."];
                continue;
            }

            if (uploads.Take(i).Any(u => u.Code == item.Code))
            {
                errors[$"{field}.code"] = ["An item appears once in an upload."];
                continue;
            }

            if (item.Note is { Length: > MaxNote })
            {
                errors[$"{field}.note"] = [$"A note has at most {MaxNote} characters."];
            }

            if (item.RecordedAt == default)
            {
                errors[$"{field}.recordedAt"] = ["When the device recorded the item is required."];
            }

            var outcome = Outcome(item, definition, out var problem);
            if (outcome is null)
            {
                errors[$"{field}.outcome"] = [problem];
                continue;
            }

            var photos = item.Photos ?? [];
            items.Add(new CheckedItem(definition, outcome.Value, outcome == ItemOutcome.NotApplicable ? null : item.Reading, item.Note,
                [.. photos.Distinct()], DateTime.SpecifyKind(item.RecordedAt.ToUniversalTime(), DateTimeKind.Utc)));
        }

        return (items, errors);
    }

    /// <summary>
    /// What stops completing: an item not recorded, or one short of its photos (unless not applicable). A photo counts
    /// only once it has arrived whole (<paramref name="arrived"/>: the client ids of the assignment's completed uploads).
    /// </summary>
    public static Dictionary<string, string[]> CompletionErrors(IEnumerable<InspectionItem> recorded, InspectionTemplate template, IReadOnlySet<Guid> arrived)
    {
        var byCode = recorded.ToDictionary(i => i.ItemCode);
        var errors = new Dictionary<string, string[]>();
        foreach (var definition in template.Items)
        {
            if (!byCode.TryGetValue(definition.Code, out var item))
            {
                errors[$"items.{definition.Code}"] = ["Record every item before completing the inspection."];
            }
            else if (item.Outcome != ItemOutcome.NotApplicable && item.Photos.Count(arrived.Contains) < definition.Photos)
            {
                errors[$"items.{definition.Code}.photos"] = [$"The item needs {definition.Photos} photo(s), uploaded whole, before the inspection can be completed."];
            }
        }

        return errors;
    }

    private static ItemOutcome? Outcome(ItemUpload item, TemplateItem definition, out string problem)
    {
        problem = "";
        var said = ItemOutcomes.Parse(item.Outcome);
        if (item.Outcome is not null && said is null)
        {
            problem = "An outcome is pass, fail or not-applicable.";
            return null;
        }

        if (said == ItemOutcome.NotApplicable)
        {
            return said;
        }

        if (definition.Kind == TemplateItemKind.Check)
        {
            problem = "A check needs an outcome.";
            return said;
        }

        if (item.Reading is not { } reading)
        {
            problem = $"A reading needs its measured value in {definition.Unit}.";
            return null;
        }

        return definition.Passes(reading) ? ItemOutcome.Pass : ItemOutcome.Fail;
    }
}
