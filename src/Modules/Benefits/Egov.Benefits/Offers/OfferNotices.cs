using Egov.Notifications.Contracts;
using Egov.Platform.Localization;
using Egov.Platform.Packs;
using Egov.Registries.Contracts;
using Microsoft.Extensions.Localization;

namespace Egov.Benefits.Offers;

/// <summary>
/// Tells a person that benefits were offered to them or to a child of theirs, in every pack language, with a link to
/// their benefits page. One notice per person, trigger and day: a birth queues the child and both parents, but each
/// parent hears of it once.
/// </summary>
internal sealed class OfferNotices(INotifications notifications, IStringLocalizer texts, CountryPack pack)
{
    private const string Topic = "benefits";

    public Task<NoticeReceipt> SendAsync(ResidentId recipient, string trigger, DateOnly asOf, CancellationToken cancellationToken)
    {
        var byLanguage = pack.Languages.ToDictionary(
            language => language,
            language =>
            {
                using var scope = new CultureScope(language);
                return new NoticeText(texts["benefits.notice.title"], texts[$"benefits.notice.body.{trigger}"]);
            },
            StringComparer.Ordinal);
        return notifications.SendAsync(
            new Notice(recipient, Topic, NoticePriority.Important, byLanguage, new Uri("/my/benefits", UriKind.Relative),
                $"benefits.offers:{trigger}:{asOf:yyyy-MM-dd}:{recipient.Value}"),
            cancellationToken);
    }
}
