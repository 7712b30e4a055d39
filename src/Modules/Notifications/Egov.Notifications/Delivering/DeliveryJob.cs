using Egov.Notifications.Data;
using Egov.Notifications.Domain;
using Egov.Platform;
using Egov.Platform.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Egov.Notifications.Delivering;

/// <summary>
/// Sends due deliveries. Each run is one copy's (the platform's job lease), and each delivery is claimed by a
/// conditional update before it is sent: a run that outlasts its interval and the next run in another copy still
/// never send the same delivery twice, and a copy that dies mid-send leaves a claim that lapses for another to take.
/// </summary>
internal sealed class DeliveryJob(IServiceScopeFactory scopes, HostInstance host, IOptions<NotificationsOptions> options, TimeProvider time) : IRecurringJob
{
    private readonly NotificationsOptions settings = options.Value;

    public string Name => "notifications.deliver";

    public TimeSpan Interval => settings.DeliveryInterval;

    public async Task RunAsync(DateTime occurrence, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var worker = scope.ServiceProvider.GetRequiredService<DeliveryWorker>();
        var now = time.GetUtcNow().UtcDateTime;
        var due = await Due(db, now).OrderBy(d => d.DueAt).Select(d => d.Id).Take(settings.BatchSize).ToListAsync(cancellationToken);
        foreach (var id in due)
        {
            now = time.GetUtcNow().UtcDateTime;
            var claimed = await Due(db, now).Where(d => d.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(d => d.ClaimedBy, host.Id)
                .SetProperty(d => d.ClaimedUntil, now + settings.Claim), cancellationToken);
            if (claimed == 1)
            {
                await worker.DeliverAsync(id, cancellationToken);
            }
        }
    }

    private static IQueryable<Delivery> Due(NotificationsDbContext db, DateTime now) =>
        db.Deliveries.Where(d => (d.Status == DeliveryStatus.Pending || d.Status == DeliveryStatus.Deferred)
                                 && d.DueAt <= now && (d.ClaimedUntil == null || d.ClaimedUntil < now));
}
