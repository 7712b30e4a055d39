using Egov.Benefits.Data;
using Egov.Benefits.Offers;
using Egov.Platform.Events;
using Egov.Platform.Packs;
using Egov.Registries.Contracts;

namespace Egov.Benefits.LifeEvents;

/// <summary>
/// A registered move: the mover is queued (once per move: the key carries the register's sequence) for the offers a
/// new address may open and for the moving bundle, which <see cref="OfferRequestRunner"/> routes to the agencies. Only
/// queued here, in the event runner's transaction, for the reason <see cref="OfferRequest"/> gives.
/// </summary>
internal sealed class MovingNotices(BenefitsDbContext db, CountryPack pack, TimeProvider time) : IIntegrationEventHandler<AddressChanged>
{
    public const string Trigger = "moving";

    public Task HandleAsync(AddressChanged integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        ArgumentNullException.ThrowIfNull(context);
        db.OfferRequests.Add(new OfferRequest
        {
            Id = Guid.CreateVersion7(), ResidentId = integrationEvent.Resident.Value, Trigger = Trigger,
            AsOf = pack.DateAt(new DateTimeOffset(context.OccurredAtUtc, TimeSpan.Zero)), RequestedAt = time.GetUtcNow().UtcDateTime,
            Notify = integrationEvent.Resident.Value.ToString(), Key = $"{Trigger}:{integrationEvent.Sequence}",
        });
        return Task.CompletedTask;
    }
}
