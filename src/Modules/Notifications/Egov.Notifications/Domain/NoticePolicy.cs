using Egov.Notifications.Contracts;

namespace Egov.Notifications.Domain;

/// <summary>
/// What a person's preferences may hold back. A legal notice is never held back: a decision with legal effect (a benefit
/// refused, a corrective order, an evacuation) must reach the person on every channel they gave, whatever they muted,
/// which is why the preferences page says so beside the topics.
/// </summary>
internal static class NoticePolicy
{
    /// <summary>How far a new notice goes.</summary>
    /// <param name="priority">The notice's priority.</param>
    /// <param name="topicMuted">Whether the person opted out of its topic.</param>
    /// <param name="informationSentInWindow">Information notices already sent outside the inbox to the person within the rate window.</param>
    /// <param name="informationLimit">How many the rate limit allows per window.</param>
    public static NoticeOutcome Decide(NoticePriority priority, bool topicMuted, int informationSentInWindow, int informationLimit) => priority switch
    {
        NoticePriority.Legal => NoticeOutcome.Queued,
        _ when topicMuted => NoticeOutcome.InboxOnlyMuted,
        NoticePriority.Information when informationSentInWindow >= informationLimit => NoticeOutcome.InboxOnlyRateLimited,
        _ => NoticeOutcome.Queued,
    };

    /// <summary>Until when a delivery waits for the person's quiet hours to end (UTC), or null to send now; legal notices never wait.</summary>
    public static DateTime? DeferUntil(NoticePriority priority, QuietHours? quiet, DateTime utcNow) =>
        priority == NoticePriority.Legal ? null : quiet?.EndAfter(utcNow);

    /// <summary>
    /// When to try again after <paramref name="attempts"/> failed attempts: the base doubled per attempt, capped, so a
    /// server down for an hour is not hammered and a short outage costs a short wait. Null once attempts are spent.
    /// </summary>
    public static DateTime? RetryAt(int attempts, int maxAttempts, TimeSpan retryBase, TimeSpan retryCap, DateTime utcNow) =>
        attempts >= maxAttempts ? null
        : utcNow + TimeSpan.FromTicks(Math.Min(retryCap.Ticks, retryBase.Ticks * (1L << Math.Min(attempts - 1, 30))));
}
