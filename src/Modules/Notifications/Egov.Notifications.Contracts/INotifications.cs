namespace Egov.Notifications.Contracts;

/// <summary>
/// The notification secretary: modules hand it a notice for a person and it decides how and when the person hears of
/// it. The notice lands in the person's portal inbox at once; e-mail, SMS and messenger copies follow the person's
/// preferences (topics, quiet hours, a rate limit for information), except that a <see cref="NoticePriority.Legal"/>
/// notice reaches every channel the person has and can never be muted.
/// </summary>
public interface INotifications
{
    /// <summary>
    /// Records <paramref name="notice"/> in the recipient's inbox and queues its external deliveries. A notice with the
    /// same <see cref="Notice.DeduplicationKey"/> for the same person within the de-duplication window is not recorded
    /// again: the receipt then names the earlier notice.
    /// </summary>
    /// <param name="notice">What to tell whom.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <exception cref="ArgumentException">The topic is not one of the pack's, or the notice has no text in the pack's default language.</exception>
    Task<NoticeReceipt> SendAsync(Notice notice, CancellationToken cancellationToken = default);
}
