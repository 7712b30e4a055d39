using Egov.Notifications.Contracts;
using Egov.Platform.Localization;
using Egov.Platform.Packs;
using Egov.Registries.Contracts;
using Microsoft.Extensions.Localization;

namespace Egov.Benefits.Notices;

/// <summary>
/// Sends a person a notice from the benefits, written in every pack language and linking to their benefits page.
/// The caller's deduplication key makes a notice sent twice (a retried job) arrive once.
/// </summary>
internal sealed class PersonNotices(INotifications notifications, IStringLocalizer texts, CountryPack pack)
{
    private const string Topic = "benefits";

    /// <summary>Sends the notice whose title and body <paramref name="write"/> gives, called once per language (under that culture).</summary>
    public Task<NoticeReceipt> SendAsync(
        ResidentId recipient, NoticePriority priority, Func<IStringLocalizer, string, NoticeText> write, string deduplicationKey, CancellationToken cancellationToken)
    {
        var byLanguage = pack.Languages.ToDictionary(
            language => language,
            language =>
            {
                using var scope = new CultureScope(language);
                return write(texts, language);
            },
            StringComparer.Ordinal);
        return notifications.SendAsync(
            new Notice(recipient, Topic, priority, byLanguage, new Uri("/my/benefits", UriKind.Relative), deduplicationKey), cancellationToken);
    }
}
