using Egov.Field.Contracts;
using Egov.Field.Data;
using Egov.Field.Domain;
using Egov.Platform.Audit;
using Egov.Platform.Jobs;
using Egov.Platform.Packs;
using Egov.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Field.Findings;

/// <summary>
/// Every hour, as a job leased in the database (one host copy at a time): orders not served yet are served, reports not
/// drafted yet are drafted (<see cref="AfterCompletion"/>), and open
/// orders whose deadline (the pack's calendar) has passed are escalated — the owners told again, the order marked and announced by an event. An order is
/// escalated once; each is saved on its own, so a run cut short leaves the rest for the next hour.
/// </summary>
internal sealed class OverdueOrdersJob(IServiceScopeFactory scopes, CountryPack pack, TimeProvider time) : IRecurringJob
{
    public string Name => "field.overdue-orders";

    public TimeSpan Interval => TimeSpan.FromHours(1);

    public async Task RunAsync(DateTime occurrence, CancellationToken cancellationToken)
    {
        var today = pack.Today(time);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FieldDbContext>();
        var notices = scope.ServiceProvider.GetRequiredService<OrderNotices>();
        var audit = scope.ServiceProvider.GetRequiredService<IAuditLog>();
        await scope.ServiceProvider.GetRequiredService<AfterCompletion>().RunAsync(null, cancellationToken);
        var overdue = await db.Orders.Where(o => o.Status == OrderStatus.Open && o.DueOn < today).OrderBy(o => o.DueOn).ToListAsync(cancellationToken);
        foreach (var order in overdue)
        {
            // Served before the mark is saved: a run cut short serves again next hour, and the notice's key keeps it to one.
            await notices.ServeAsync(order, OrderNoticeKind.Overdue, cancellationToken);
            var now = time.GetUtcNow().UtcDateTime;
            order.Status = OrderStatus.Escalated;
            order.EscalatedAt = now;
            db.AddIntegrationEvent(new CorrectiveOrderOverdue(order.Id, order.BuildingId, order.AgencyCode, order.DueOn, now), now);
            await db.SaveChangesAsync(cancellationToken);
            await audit.AppendAsync(new AuditRecord("system:field", "field.order.escalated", $"field-order:{order.Id}"), cancellationToken);
        }
    }
}
