using Egov.Field.Domain;

namespace Egov.Field.Sync;

/// <summary>
/// The conflict rule when two devices (two inspectors, or one inspector's phone and tablet) recorded the same item:
/// per item, the value recorded later by its device's clock wins; on a tie the value the server already holds stays.
/// The losing value, whichever it is, goes to the item's history with the submission that beat it, so nothing
/// recorded on site is lost and a manager can see both. Items are independent: one upload may win some and lose others.
/// </summary>
internal static class ItemMerge
{
    /// <summary>Merges the upload into the inspection; returns the codes of the upload's items that lost.</summary>
    public static IReadOnlyList<string> Apply(
        Inspection inspection, IReadOnlyList<CheckedItem> items, Guid submissionId, string recordedBy, string deviceId, DateTime now, ICollection<ItemHistory> history)
    {
        var lost = new List<string>();
        foreach (var item in items)
        {
            var incoming = new InspectionItem
            {
                InspectionId = inspection.Id, ItemCode = item.Template.Code, Outcome = item.Outcome, Reading = item.Reading, Note = item.Note,
                Photos = [.. item.Photos], RecordedAt = item.RecordedAt, RecordedBy = recordedBy, DeviceId = deviceId, SubmissionId = submissionId,
            };
            var current = inspection.Items.FirstOrDefault(i => i.ItemCode == incoming.ItemCode);
            if (current is null)
            {
                inspection.Items.Add(incoming);
            }
            else if (incoming.RecordedAt > current.RecordedAt)
            {
                history.Add(Archived(current, submissionId, now));
                Overwrite(current, incoming);
            }
            else
            {
                history.Add(Archived(incoming, current.SubmissionId, now));
                lost.Add(incoming.ItemCode);
            }
        }

        return lost;
    }

    private static void Overwrite(InspectionItem current, InspectionItem incoming)
    {
        current.Outcome = incoming.Outcome;
        current.Reading = incoming.Reading;
        current.Note = incoming.Note;
        current.Photos = incoming.Photos;
        current.RecordedAt = incoming.RecordedAt;
        current.RecordedBy = incoming.RecordedBy;
        current.DeviceId = incoming.DeviceId;
        current.SubmissionId = incoming.SubmissionId;
    }

    private static ItemHistory Archived(InspectionItem item, Guid supersededBy, DateTime now) => new()
    {
        Id = Guid.NewGuid(), InspectionId = item.InspectionId, ItemCode = item.ItemCode, Outcome = item.Outcome, Reading = item.Reading, Note = item.Note,
        RecordedAt = item.RecordedAt, RecordedBy = item.RecordedBy, DeviceId = item.DeviceId, SubmissionId = item.SubmissionId,
        SupersededBy = supersededBy, ArchivedAt = now,
    };
}
