using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Egov.Platform.Packs;

namespace Egov.Benchmarks.Field;

/// <summary>One photo of a visit: the item it shows, the device's id for it, and the picture it is made of.</summary>
internal sealed record VisitPhoto(string Item, Guid ClientId, byte[] Picture, string Name)
{
    /// <summary>The photo's bytes, made when sent (a thousand visits' photos would not fit in memory at once).</summary>
    public byte[] Bytes() => PhonePhotos.Numbered(Picture, Name);
}

/// <summary>
/// What the inspector records at one building, made the same way every time for the same assignment (so a repeat sends
/// the same ids and bytes): <see cref="PhotosPerVisit"/> photos spread over the items that ask for photos, every check
/// passed, every reading within its limits, and one upload that completes the inspection.
/// </summary>
internal sealed class SiteVisit
{
    public const int PhotosPerVisit = 3;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private SiteVisit(Guid assignment, IReadOnlyList<VisitPhoto> photos, Guid submission, byte[] upload) =>
        (Assignment, Photos, Submission, Upload) = (assignment, photos, submission, upload);

    public Guid Assignment { get; }

    public IReadOnlyList<VisitPhoto> Photos { get; }

    /// <summary>The device's id for the result upload.</summary>
    public Guid Submission { get; }

    /// <summary>The result upload's JSON, byte for byte as sent.</summary>
    public byte[] Upload { get; }

    public static SiteVisit Make(AssignmentCard card, InspectionTemplate template, IReadOnlyList<byte[]> pictures, int number, DateTime recordedAt)
    {
        var withPhotos = template.Items.Where(i => i.Photos > 0).Select(i => i.Code).ToList();
        var photos = Enumerable.Range(0, PhotosPerVisit).Select(p => new VisitPhoto(
            withPhotos[p % withPhotos.Count], Id(card.Id, $"photo-{p}"),
            pictures[(number * PhotosPerVisit + p) % pictures.Count], $"bench {card.Id} {p}")).ToList();
        var items = template.Items.Select((item, i) => new
        {
            code = item.Code,
            outcome = item.Kind == TemplateItemKind.Check ? "pass" : null,
            reading = item.Kind == TemplateItemKind.Reading ? Within(item) : (decimal?)null,
            note = i == 0 ? "현장 확인 완료" : null,
            photos = photos.Where(p => p.Item == item.Code).Select(p => p.ClientId).ToList(),
            recordedAt = recordedAt.AddSeconds(i * 40),
        });
        var upload = JsonSerializer.SerializeToUtf8Bytes(new
        {
            assignmentId = card.Id, templateCode = template.Code, templateVersion = template.Version, deviceId = "bench-phone-1", items, complete = true,
        }, Json);
        return new SiteVisit(card.Id, photos, Id(card.Id, "submission"), upload);
    }

    /// <summary>A reading that passes: between the limits, or a quarter beyond the one limit there is.</summary>
    private static decimal Within(TemplateItem item) => (item.Min, item.Max) switch
    {
        ({ } min, { } max) => (min + max) / 2,
        ({ } min, null) => min * 1.25m,
        (null, { } max) => max * 0.75m,
        _ => 1,
    };

    /// <summary>A device id derived from the assignment: the same visit made again has the same ids.</summary>
    private static Guid Id(Guid assignment, string what) => new(SHA256.HashData(Encoding.UTF8.GetBytes($"{assignment}/{what}")).AsSpan(0, 16));
}
