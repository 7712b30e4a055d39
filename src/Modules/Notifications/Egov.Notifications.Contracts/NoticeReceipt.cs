namespace Egov.Notifications.Contracts;

/// <summary>What became of a notice handed to <see cref="INotifications.SendAsync"/>.</summary>
/// <param name="NoticeId">The notice in the person's inbox (the earlier one for a duplicate).</param>
/// <param name="Outcome">Whether it was recorded and how far it goes.</param>
/// <param name="ExternalDeliveries">How many e-mail, SMS or messenger deliveries were queued for it now.</param>
public sealed record NoticeReceipt(Guid NoticeId, NoticeOutcome Outcome, int ExternalDeliveries);

/// <summary>How far a notice goes.</summary>
public enum NoticeOutcome
{
    /// <summary>In the inbox, and queued on every channel the person's preferences allow (possibly none).</summary>
    Queued = 0,

    /// <summary>In the inbox only: the person muted its topic.</summary>
    InboxOnlyMuted = 1,

    /// <summary>In the inbox only: the person had already received as many information notices outside the inbox as the rate limit allows.</summary>
    InboxOnlyRateLimited = 2,

    /// <summary>Not recorded again: the same de-duplication key reached this person within the window.</summary>
    Duplicate = 3,
}
