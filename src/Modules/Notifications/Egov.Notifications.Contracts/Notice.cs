using Egov.Registries.Contracts;

namespace Egov.Notifications.Contracts;

/// <summary>A notice to one person.</summary>
/// <param name="Recipient">The person, by their id in the registers.</param>
/// <param name="Topic">A topic code of the pack's <c>notifications.yaml</c> (<c>benefits</c>, <c>documents</c>…): what the person opts in or out of.</param>
/// <param name="Priority">How much it matters; a legal notice cannot be muted.</param>
/// <param name="Texts">Title and body per language code (<c>ko</c>, <c>en</c>…); the pack's default language is required, the person reads theirs when given.</param>
/// <param name="Link">Where the person acts on it (a page of the portal), or null.</param>
/// <param name="DeduplicationKey">
/// The sender's stable name for this piece of news (<c>benefits.offer:&lt;id&gt;</c>): the same key for the same person within
/// the de-duplication window is one notice, so a retried sender does not notify twice. Null: never de-duplicated.
/// </param>
public sealed record Notice(
    ResidentId Recipient,
    string Topic,
    NoticePriority Priority,
    IReadOnlyDictionary<string, NoticeText> Texts,
    Uri? Link = null,
    string? DeduplicationKey = null);

/// <summary>What the person reads in one language.</summary>
/// <param name="Title">A short line: an e-mail subject, the inbox entry, the SMS text.</param>
/// <param name="Body">The full text, plain (no markup).</param>
public sealed record NoticeText(string Title, string Body);

/// <summary>How much a notice matters, which decides what the person's preferences may hold back.</summary>
public enum NoticePriority
{
    /// <summary>News the person may mute by topic, defer in quiet hours, and receive only so often outside the inbox.</summary>
    Information = 0,

    /// <summary>Something to act on (a deadline, an offer): muted by topic and deferred in quiet hours, never rate-limited.</summary>
    Important = 1,

    /// <summary>
    /// A notice with legal effect (a decision, a corrective order, a disaster alert): sent on every channel the person has,
    /// whatever their topics and quiet hours, and marked as such wherever it is shown.
    /// </summary>
    Legal = 2,
}
