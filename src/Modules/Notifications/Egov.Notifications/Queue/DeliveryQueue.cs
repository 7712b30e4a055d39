using Egov.Notifications.Data;
using Egov.Notifications.Domain;
using Microsoft.EntityFrameworkCore;

namespace Egov.Notifications.Queue;

/// <summary>
/// The officials' view of the delivery queue: what waits, what quiet hours hold back, what failed and why. It shows
/// channels, times and errors, never a notice's text nor a person's address: the queue is for running the service.
/// </summary>
internal sealed class DeliveryQueue(NotificationsDbContext db, TimeProvider time)
{
    public const int PageSize = 100;

    /// <summary>How many deliveries stand in each status.</summary>
    public async Task<IReadOnlyDictionary<DeliveryStatus, int>> CountsAsync(CancellationToken cancellationToken) =>
        await db.Deliveries.GroupBy(d => d.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

    /// <summary>The deliveries in <paramref name="status"/>, the next due (or the latest failed) first.</summary>
    public async Task<IReadOnlyList<QueuedDelivery>> ListAsync(DeliveryStatus status, CancellationToken cancellationToken)
    {
        var rows = db.Deliveries.AsNoTracking().Where(d => d.Status == status);
        rows = status == DeliveryStatus.Failed ? rows.OrderByDescending(d => d.DueAt) : rows.OrderBy(d => d.DueAt);
        return await rows.Take(PageSize)
            .Join(db.Notices, d => d.NoticeId, n => n.Id, (d, n) => new QueuedDelivery(d.Id, n.Topic, d.Priority, d.Channel, d.App, d.Attempts, d.DueAt, d.CreatedAt, d.LastError))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Queues a failed delivery again, due now, with a fresh count of attempts; false when it has not failed.</summary>
    public async Task<bool> RetryAsync(Guid deliveryId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return await db.Deliveries.Where(d => d.Id == deliveryId && d.Status == DeliveryStatus.Failed)
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Status, DeliveryStatus.Pending)
                .SetProperty(d => d.Attempts, 0)
                .SetProperty(d => d.DueAt, now), cancellationToken) == 1;
    }
}

/// <summary>One row of the officials' queue.</summary>
internal sealed record QueuedDelivery(
    Guid Id, string Topic, Egov.Notifications.Contracts.NoticePriority Priority, string Channel, string? App, int Attempts, DateTime DueAt, DateTime CreatedAt, string? LastError);
