using Egov.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Platform.Events;

/// <summary>A delivery that failed too often, as operators see it.</summary>
public sealed record DeadLetter(string Module, Guid MessageId, string EventType, string Handler, int Attempts, string? LastError, DateTime OccurredAt);

/// <summary>Operators' view of dead letters across every module's outbox, and their replay.</summary>
public sealed class OutboxAdmin(IServiceProvider services, IEnumerable<ModuleDatabase> modules, TimeProvider time)
{
    public async Task<IReadOnlyList<DeadLetter>> ListDeadLettersAsync(CancellationToken cancellationToken = default)
    {
        var result = new List<DeadLetter>();
        foreach (var module in modules)
        {
            await using var scope = services.CreateAsyncScope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
            var dead = await db.Set<OutboxDelivery>().AsNoTracking()
                .Where(d => d.Status == DeliveryStatus.Dead)
                .Join(db.Set<OutboxMessage>(), d => d.MessageId, m => m.Id, (d, m) => new { d, m })
                .OrderBy(x => x.m.OccurredAt)
                .ToListAsync(cancellationToken);
            result.AddRange(dead.Select(x => new DeadLetter(
                module.Schema, x.m.Id, x.m.Type, x.d.Handler, x.d.Attempts, x.d.LastError, x.m.OccurredAt)));
        }

        return result;
    }

    /// <summary>Puts every dead delivery back in the queue with fresh attempts; returns how many.</summary>
    public async Task<int> ReplayDeadLettersAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var replayed = 0;
        foreach (var module in modules)
        {
            await using var scope = services.CreateAsyncScope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
            await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
            var messageIds = db.Set<OutboxDelivery>().Where(d => d.Status == DeliveryStatus.Dead).Select(d => d.MessageId);
            await db.Set<OutboxMessage>().Where(m => messageIds.Contains(m.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.ProcessedAt, (DateTime?)null).SetProperty(m => m.NextAttemptAt, now), cancellationToken);
            replayed += await db.Set<OutboxDelivery>().Where(d => d.Status == DeliveryStatus.Dead)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(d => d.Status, DeliveryStatus.Pending)
                    .SetProperty(d => d.Attempts, 0)
                    .SetProperty(d => d.NextAttemptAt, now), cancellationToken);
            await tx.CommitAsync(cancellationToken);
        }

        return replayed;
    }
}
