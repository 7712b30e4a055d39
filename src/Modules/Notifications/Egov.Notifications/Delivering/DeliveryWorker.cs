using Egov.Notifications.Contracts;
using Egov.Notifications.Data;
using Egov.Notifications.Domain;
using Egov.Platform.Localization;
using Egov.Platform.Persistence;
using Egov.Platform.Packs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Egov.Notifications.Delivering;

/// <summary>
/// Sends one claimed delivery: waits out the person's quiet hours (read again now: they may have changed since the
/// notice was queued), writes the notice in the person's language, hands it to its channel, and records the receipt,
/// the retry or the failure.
/// </summary>
internal sealed class DeliveryWorker(
    NotificationsDbContext db, IEnumerable<IDeliveryChannel> channels, CountryPack pack, IStringLocalizer texts,
    IOptions<NotificationsOptions> options, TimeProvider time)
{
    private readonly NotificationsOptions settings = options.Value;

    public async Task DeliverAsync(Guid deliveryId, CancellationToken cancellationToken)
    {
        var delivery = await db.Deliveries.SingleAsync(d => d.Id == deliveryId, cancellationToken);
        var notice = await db.Notices.AsNoTracking().SingleAsync(n => n.Id == delivery.NoticeId, cancellationToken);
        var preferences = await db.Preferences.AsNoTracking().FirstOrDefaultAsync(p => p.ResidentId == delivery.ResidentId, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        delivery.ClaimedBy = null;
        delivery.ClaimedUntil = null;
        if (NoticePolicy.DeferUntil(delivery.Priority, QuietHours.Of(preferences, pack.TimeZone), now) is { } quietEnd)
        {
            delivery.Status = DeliveryStatus.Deferred;
            delivery.DueAt = quietEnd;
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        try
        {
            await channels.Single(c => c.Channel == delivery.Channel).SendAsync(delivery, Outgoing(notice, preferences), cancellationToken);
            delivery.Status = DeliveryStatus.Sent;
            delivery.SentAt = time.GetUtcNow().UtcDateTime;
            delivery.LastError = null;
        }
        catch (DeliveryFailedException ex)
        {
            Failed(delivery, notice, ex.Message, time.GetUtcNow().UtcDateTime);
        }

        delivery.Attempts++;
        await db.SaveChangesAsync(cancellationToken);
    }

    private void Failed(Delivery delivery, InboxNotice notice, string reason, DateTime now)
    {
        delivery.LastError = reason.Length > 500 ? reason[..500] : reason;
        if (NoticePolicy.RetryAt(delivery.Attempts + 1, settings.MaxAttempts, settings.RetryBase, settings.RetryCap, now) is { } retry)
        {
            delivery.Status = DeliveryStatus.Pending;
            delivery.DueAt = retry;
            return;
        }

        delivery.Status = DeliveryStatus.Failed;
        delivery.DueAt = now;
        db.AddIntegrationEvent(new NoticeDeliveryFailed(notice.Id, delivery.Id, delivery.Channel, notice.Priority, now), now);
    }

    private OutgoingNotice Outgoing(InboxNotice notice, Preferences? preferences)
    {
        var language = preferences?.Language is { Length: > 0 } chosen && notice.Texts.ContainsKey(chosen) ? chosen : pack.DefaultLanguage;
        var text = notice.TextIn(language, pack.DefaultLanguage);
        using var _ = new CultureScope(language);
        var title = notice.Priority == NoticePriority.Legal ? texts["notifications.legal.prefix", text.Title].Value : text.Title;
        var link = notice.Link is null ? null : new Uri(settings.PublicUrl, notice.Link);
        return new OutgoingNotice(title, text.Body, link, notice.Topic, notice.Priority == NoticePriority.Legal, language);
    }
}
