using Egov.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Egov.Platform.Events;

/// <summary>
/// Delivers every module's outbox to the subscribed handlers: claims due messages under a lease (row
/// locks with SKIP LOCKED on PostgreSQL, so host copies never claim the same message), runs each handler
/// not yet done, and records per-handler outcomes with exponential backoff and dead-lettering.
/// </summary>
internal sealed partial class OutboxProcessor(
    IServiceProvider services,
    IEnumerable<ModuleDatabase> modules,
    IEnumerable<IntegrationEventHandlerRegistration> registrations,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    HostInstance host,
    ILogger<OutboxProcessor> logger)
{
    private readonly ILookup<string, IntegrationEventHandlerRegistration> handlers = registrations.ToLookup(r => r.EventType);
    private readonly OutboxOptions settings = options.Value;

    /// <summary>Processes one batch per module; returns how many messages were handled (0 = nothing due).</summary>
    public async Task<int> DispatchOnceAsync(CancellationToken cancellationToken = default)
    {
        var total = 0;
        foreach (var module in modules)
        {
            await using var scope = services.CreateAsyncScope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
            foreach (var message in await ClaimAsync(db, cancellationToken))
            {
                await DeliverAsync(db, message, cancellationToken);
                total++;
            }
        }

        return total;
    }

    private async Task<List<OutboxMessage>> ClaimAsync(DbContext db, CancellationToken cancellationToken)
    {
        var names = new SqlNames(db, typeof(OutboxMessage));
        var now = time.GetUtcNow().UtcDateTime;
        var leaseUntil = names.Column(nameof(OutboxMessage.LeaseUntil));
        var sql = $$"""
            SELECT * FROM {{names.Table}}
            WHERE {{names.Column(nameof(OutboxMessage.ProcessedAt))}} IS NULL
              AND {{names.Column(nameof(OutboxMessage.NextAttemptAt))}} <= {0}
              AND ({{leaseUntil}} IS NULL OR {{leaseUntil}} < {0})
            ORDER BY {{names.Column(nameof(OutboxMessage.NextAttemptAt))}}
            LIMIT {{settings.BatchSize}}
            """ + (db.Database.IsNpgsql() ? " FOR UPDATE SKIP LOCKED" : "");

        // SQLite transactions take the write lock up front (IMMEDIATE), which serialises claimers there.
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await db.Set<OutboxMessage>().FromSqlRaw(sql, now).ToListAsync(cancellationToken);
        foreach (var message in claimed)
        {
            message.LeaseOwner = host.Id;
            message.LeaseUntil = now + settings.Lease;
        }

        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return claimed;
    }

    private async Task DeliverAsync(DbContext db, OutboxMessage message, CancellationToken cancellationToken)
    {
        var deliveries = await db.Set<OutboxDelivery>().Where(d => d.MessageId == message.Id)
            .ToDictionaryAsync(d => d.Handler, cancellationToken);
        foreach (var handler in handlers[message.Type])
        {
            if (!deliveries.TryGetValue(handler.HandlerName, out var delivery))
            {
                delivery = new OutboxDelivery { MessageId = message.Id, Handler = handler.HandlerName, NextAttemptAt = message.OccurredAt };
                db.Set<OutboxDelivery>().Add(delivery);
                deliveries.Add(handler.HandlerName, delivery);
            }

            if (delivery.Status == DeliveryStatus.Pending && delivery.NextAttemptAt <= time.GetUtcNow().UtcDateTime)
            {
                await RunAsync(handler, message, delivery, cancellationToken);
                // The acknowledgement: saved per handler so one failing handler never repeats another's work.
                await db.SaveChangesAsync(cancellationToken);
            }
        }

        var pending = deliveries.Values.Where(d => d.Status == DeliveryStatus.Pending).ToList();
        if (pending.Count == 0)
        {
            message.ProcessedAt = time.GetUtcNow().UtcDateTime;
        }
        else
        {
            message.NextAttemptAt = pending.Min(d => d.NextAttemptAt);
        }

        message.LeaseOwner = null;
        message.LeaseUntil = null;
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task RunAsync(
        IntegrationEventHandlerRegistration handler, OutboxMessage message, OutboxDelivery delivery, CancellationToken cancellationToken)
    {
        delivery.Attempts++;
        try
        {
            await using var scope = services.CreateAsyncScope();
            await handler.Invoke(scope.ServiceProvider, message, delivery.Attempts, cancellationToken);
            delivery.Status = DeliveryStatus.Done;
            delivery.CompletedAt = time.GetUtcNow().UtcDateTime;
            delivery.LastError = null;
        }
#pragma warning disable CA1031 // A handler's failure of any kind is recorded and retried, never allowed to stop the dispatcher.
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            var error = $"{ex.GetType().Name}: {ex.Message}";
            delivery.LastError = error.Length <= 2000 ? error : error[..2000];
            if (delivery.Attempts >= settings.MaxAttempts)
            {
                delivery.Status = DeliveryStatus.Dead;
                LogDeadLettered(logger, ex, message.Id, message.Type, handler.HandlerName, delivery.Attempts);
            }
            else
            {
                delivery.NextAttemptAt = time.GetUtcNow().UtcDateTime + Backoff(delivery.Attempts);
                LogRetrying(logger, ex, message.Id, handler.HandlerName, delivery.Attempts);
            }
        }
    }

    private TimeSpan Backoff(int attempts)
    {
        var delay = settings.BaseBackoff * Math.Pow(2, Math.Min(attempts - 1, 30));
        return delay < settings.MaxBackoff ? delay : settings.MaxBackoff;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId} failed in {Handler} (attempt {Attempts}); will retry")]
    private static partial void LogRetrying(ILogger logger, Exception exception, Guid messageId, string handler, int attempts);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message {MessageId} ({Type}) dead-lettered for {Handler} after {Attempts} attempts")]
    private static partial void LogDeadLettered(ILogger logger, Exception exception, Guid messageId, string type, string handler, int attempts);
}
