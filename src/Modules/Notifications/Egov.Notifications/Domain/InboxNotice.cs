using System.Text.Json;
using Egov.Notifications.Contracts;

namespace Egov.Notifications.Domain;

/// <summary>
/// A notice in a person's portal inbox: the record of what the platform told them, kept whatever happened on the other
/// channels (muted, rate-limited, failed), so the inbox is the one place a person finds every notice.
/// </summary>
internal sealed class InboxNotice
{
    public Guid Id { get; set; }

    public Guid ResidentId { get; set; }

    public string Topic { get; set; } = "";

    public NoticePriority Priority { get; set; }

    /// <summary>Title and body per language, as JSON (<see cref="Texts"/>): read whole, never queried.</summary>
    public string TextsJson { get; set; } = "{}";

    public string? Link { get; set; }

    public string? DeduplicationKey { get; set; }

    public NoticeOutcome Outcome { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>When the person first opened it (the read receipt); null while unread.</summary>
    public DateTime? ReadAt { get; set; }

    public IReadOnlyDictionary<string, NoticeText> Texts
    {
        get => JsonSerializer.Deserialize<Dictionary<string, NoticeText>>(TextsJson) ?? [];
        set => TextsJson = JsonSerializer.Serialize(value);
    }

    /// <summary>The text in <paramref name="language"/>, else in the pack's default language (which every notice has).</summary>
    public NoticeText TextIn(string language, string defaultLanguage)
    {
        var texts = Texts;
        return texts.TryGetValue(language, out var text) ? text : texts[defaultLanguage];
    }
}
