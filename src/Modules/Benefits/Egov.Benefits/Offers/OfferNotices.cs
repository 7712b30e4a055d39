using Egov.Benefits.Notices;
using Egov.Notifications.Contracts;
using Egov.Registries.Contracts;

namespace Egov.Benefits.Offers;

/// <summary>
/// Tells a person that benefits were offered to them or to a child of theirs. One notice per person, trigger and day:
/// a birth queues the child and both parents, but each parent hears of it once.
/// </summary>
internal sealed class OfferNotices(PersonNotices notices)
{
    public Task<NoticeReceipt> SendAsync(ResidentId recipient, string trigger, DateOnly asOf, CancellationToken cancellationToken) =>
        notices.SendAsync(
            recipient, NoticePriority.Important,
            (texts, _) => new NoticeText(texts["benefits.notice.title"], texts[$"benefits.notice.body.{trigger}"]),
            $"benefits.offers:{trigger}:{asOf:yyyy-MM-dd}:{recipient.Value}",
            cancellationToken);
}
