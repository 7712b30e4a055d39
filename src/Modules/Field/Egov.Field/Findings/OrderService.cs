using Egov.Field.Data;
using Egov.Field.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Egov.Field.Findings;

/// <summary>
/// Serves orders not served yet to the building's owners. Called right after an inspection's orders are committed,
/// and by the hourly job for any a crash or an outage left behind. It runs outside any transaction of this module:
/// the notification secretary and the audit chain write through their own connections, which a transaction held
/// here would block on SQLite. Each notice is keyed by order, so serving twice tells nobody twice.
/// </summary>
internal sealed partial class OrderService(FieldDbContext db, OrderNotices notices, ILogger<OrderService> logger)
{
    /// <summary>Serves the unserved orders (of one inspection, or all); returns how many were served.</summary>
    public async Task<int> ServePendingAsync(Guid? inspectionId, CancellationToken cancellationToken)
    {
        var pending = await db.Orders.Where(o => o.Addressees == null && (inspectionId == null || o.InspectionId == inspectionId))
            .OrderBy(o => o.IssuedAt).ToListAsync(cancellationToken);
        var served = 0;
        foreach (var order in pending)
        {
            try
            {
                order.Addressees = await notices.ServeAsync(order, OrderNoticeKind.Order, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                served++;
            }
            catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or ArgumentException)
            {
                // The results are stored and the order stands; the hourly job serves it once the cause is gone.
                LogServeFailed(logger, order.Id, ex);
            }
        }

        return served;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Corrective order {OrderId} could not be served yet; the hourly job will try again")]
    private static partial void LogServeFailed(ILogger logger, Guid orderId, Exception exception);
}
