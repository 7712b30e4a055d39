namespace Egov.Platform.Events;

/// <summary>Handles one integration event type. Registered with <see cref="EventServiceCollectionExtensions"/>.</summary>
public interface IIntegrationEventHandler<in TEvent>
    where TEvent : IIntegrationEvent
{
    /// <summary>
    /// Runs inside a transaction of the handler's own module DbContext (inject it): the changes the
    /// handler saves commit together with the mark that this message was handled, so a retry after a
    /// crash never applies them twice. Effects outside the database must be idempotent on
    /// <see cref="IntegrationEventContext.MessageId"/>.
    /// </summary>
    Task HandleAsync(TEvent integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken);
}

/// <summary>What a handler knows about the message besides its content.</summary>
public sealed record IntegrationEventContext(Guid MessageId, DateTime OccurredAtUtc, int Attempt);
