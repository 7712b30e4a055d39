using Egov.Benefits.Data;
using Egov.Platform.Events;
using Egov.Platform.Packs;
using Egov.Registries.Contracts;

namespace Egov.Benefits.Offers;

/// <summary>
/// A registered birth: the newborn and the parents are queued for offers (child allowance, parental pay, the
/// first-meeting voucher, a discount for households with a baby…), which <see cref="OfferRequestRunner"/> makes within
/// seconds. The queue rows are saved with the inbox entry, in the event runner's transaction.
/// </summary>
internal sealed class BirthOffers(BenefitsDbContext db, CountryPack pack, TimeProvider time) : IIntegrationEventHandler<ChildBorn>
{
    public const string Trigger = "birth";

    public Task HandleAsync(ChildBorn integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        ArgumentNullException.ThrowIfNull(context);
        // Judged on the day the birth was registered: a late registration still gets what the child is due that day.
        var asOf = pack.DateAt(new DateTimeOffset(context.OccurredAtUtc, TimeSpan.Zero));
        var now = time.GetUtcNow().UtcDateTime;
        // The newborn's offers are told to the parents, who apply for them.
        var parents = string.Join(',', integrationEvent.Parents.Select(p => p.Value));
        db.OfferRequests.AddRange(integrationEvent.Parents.Prepend(integrationEvent.Child).Select(person => new OfferRequest
        {
            Id = Guid.CreateVersion7(), ResidentId = person.Value, Trigger = Trigger, AsOf = asOf, RequestedAt = now,
            Notify = person == integrationEvent.Child ? parents : person.Value.ToString(),
        }));
        return Task.CompletedTask;
    }
}
