using System.Text.Json;
using Egov.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Platform.Events;

/// <summary>One handler subscribed to one event type, and how to run it exactly once.</summary>
internal sealed record IntegrationEventHandlerRegistration(
    string EventType,
    string HandlerName,
    Func<IServiceProvider, OutboxMessage, int, CancellationToken, Task> Invoke);

internal static class IntegrationEventHandlerInvoker
{
    /// <summary>
    /// The handler's work and its inbox mark commit in one transaction of the handler's own module. If the
    /// process dies after this commit but before the outbox records the delivery, the retry finds the mark
    /// and does nothing: exactly-once for everything the handler stores.
    /// </summary>
    public static async Task InvokeAsync<TEvent, THandler, TContext>(
        IServiceProvider services, OutboxMessage message, int attempt, CancellationToken cancellationToken)
        where TEvent : IIntegrationEvent
        where THandler : IIntegrationEventHandler<TEvent>
        where TContext : DbContext, IModuleDbContext
    {
        var handlerName = typeof(THandler).FullName!;
        var db = services.GetRequiredService<TContext>();
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var done = await db.Set<InboxEntry>().AnyAsync(i => i.MessageId == message.Id && i.Handler == handlerName, cancellationToken);
        if (!done)
        {
            var integrationEvent = JsonSerializer.Deserialize<TEvent>(message.Payload, OutboxMessage.Json)
                ?? throw new InvalidOperationException($"Message {message.Id} has an empty payload.");
            await services.GetRequiredService<THandler>()
                .HandleAsync(integrationEvent, new IntegrationEventContext(message.Id, message.OccurredAt, attempt), cancellationToken);
            db.Set<InboxEntry>().Add(new InboxEntry
            {
                MessageId = message.Id,
                Handler = handlerName,
                ProcessedAt = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync(cancellationToken);
        }

        await tx.CommitAsync(cancellationToken);
    }
}
