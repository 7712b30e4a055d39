using Egov.Notifications.Contracts;
using Egov.Notifications.Data;
using Egov.Notifications.Domain;
using Egov.Platform.Packs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Egov.Notifications.Sending;

/// <summary>
/// The secretary's desk: a notice goes into the inbox at once, and its external deliveries are queued in the same
/// transaction, so a notice is never in the inbox without its deliveries nor the other way round.
/// </summary>
internal sealed class NotificationSender(
    NotificationsDbContext db, CountryPack pack, ChannelDirectory channels, IOptions<NotificationsOptions> options, TimeProvider time) : INotifications
{
    private readonly NotificationsOptions settings = options.Value;

    public async Task<NoticeReceipt> SendAsync(Notice notice, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notice);
        if (pack.Notifications.Find(notice.Topic) is null)
        {
            throw new ArgumentException($"'{notice.Topic}' is not a topic of the pack's notifications.yaml.", nameof(notice));
        }

        if (!notice.Texts.ContainsKey(pack.DefaultLanguage))
        {
            throw new ArgumentException($"A notice needs its text in the pack's default language '{pack.DefaultLanguage}'.", nameof(notice));
        }

        var resident = notice.Recipient.Value;
        var now = time.GetUtcNow().UtcDateTime;
        // Checked, then written: two copies sending the same key in the same instant may both record it; a sender's
        // retry (the case this guards) comes later than that.
        if (notice.DeduplicationKey is { } key
            && await db.Notices.Where(n => n.ResidentId == resident && n.DeduplicationKey == key && n.CreatedAt > now - settings.DeduplicationWindow)
                .OrderByDescending(n => n.CreatedAt).Select(n => (Guid?)n.Id).FirstOrDefaultAsync(cancellationToken) is { } earlier)
        {
            return new NoticeReceipt(earlier, NoticeOutcome.Duplicate, 0);
        }

        var preferences = await db.Preferences.AsNoTracking().FirstOrDefaultAsync(p => p.ResidentId == resident, cancellationToken);
        var since = now - settings.RateWindow;
        var recentInformation = notice.Priority == NoticePriority.Information
            ? await db.Deliveries.Where(d => d.ResidentId == resident && d.Priority == NoticePriority.Information && d.CreatedAt > since)
                .Select(d => d.NoticeId).Distinct().CountAsync(cancellationToken)
            : 0;
        var addresses = channels.AddressesOf(preferences);
        var outcome = NoticePolicy.Decide(
            notice.Priority, preferences?.MutedTopics.Contains(notice.Topic) == true, recentInformation, settings.InformationLimit);

        var inbox = new InboxNotice
        {
            Id = Guid.CreateVersion7(), ResidentId = resident, Topic = notice.Topic, Priority = notice.Priority, Texts = notice.Texts,
            Link = notice.Link?.OriginalString, DeduplicationKey = notice.DeduplicationKey, Outcome = outcome, CreatedAt = now,
        };
        db.Notices.Add(inbox);
        var deferUntil = NoticePolicy.DeferUntil(notice.Priority, QuietHours.Of(preferences, pack.TimeZone), now);
        var queued = outcome == NoticeOutcome.Queued ? addresses : [];
        foreach (var address in queued)
        {
            db.Deliveries.Add(new Delivery
            {
                Id = Guid.CreateVersion7(), NoticeId = inbox.Id, ResidentId = resident, Priority = notice.Priority,
                Channel = address.Channel, App = address.App, Address = address.Address, CreatedAt = now,
                Status = deferUntil is null ? DeliveryStatus.Pending : DeliveryStatus.Deferred, DueAt = deferUntil ?? now,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        return new NoticeReceipt(inbox.Id, outcome, queued.Count);
    }
}
