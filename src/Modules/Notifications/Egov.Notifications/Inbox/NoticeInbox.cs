using Egov.Notifications.Contracts;
using Egov.Notifications.Data;
using Egov.Notifications.Domain;
using Egov.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Egov.Notifications.Inbox;

/// <summary>
/// A person's portal inbox. Every read is by the owner's resident id as well as the notice id, so a notice of someone
/// else is simply not found (the same answer as a notice that does not exist: no hint either way).
/// </summary>
internal sealed class NoticeInbox(NotificationsDbContext db, TimeProvider time)
{
    /// <summary>How many notices the inbox page lists, newest first; older ones are kept, not shown.</summary>
    public const int PageSize = 50;

    public async Task<IReadOnlyList<InboxNotice>> ListAsync(Guid residentId, CancellationToken cancellationToken) =>
        await db.Notices.AsNoTracking().Where(n => n.ResidentId == residentId)
            .OrderByDescending(n => n.CreatedAt).Take(PageSize).ToListAsync(cancellationToken);

    /// <summary>
    /// The notice, marked read the first time its owner opens it (the read receipt, announced as <see cref="NoticeRead"/>
    /// in the same transaction); null when it is not theirs or does not exist.
    /// </summary>
    public async Task<InboxNotice?> OpenAsync(Guid residentId, Guid noticeId, CancellationToken cancellationToken)
    {
        var notice = await db.Notices.FirstOrDefaultAsync(n => n.Id == noticeId && n.ResidentId == residentId, cancellationToken);
        if (notice is { ReadAt: null })
        {
            var now = time.GetUtcNow().UtcDateTime;
            notice.ReadAt = now;
            db.AddIntegrationEvent(new NoticeRead(notice.Id, residentId, notice.Topic, notice.Priority, now), now);
            await db.SaveChangesAsync(cancellationToken);
        }

        return notice;
    }

    /// <summary>Its external deliveries, for the person to see where the notice went.</summary>
    public async Task<IReadOnlyList<Delivery>> DeliveriesOfAsync(Guid noticeId, CancellationToken cancellationToken) =>
        await db.Deliveries.AsNoTracking().Where(d => d.NoticeId == noticeId).OrderBy(d => d.CreatedAt).ToListAsync(cancellationToken);
}
