using Egov.Benefits.Data;
using Egov.Benefits.Offers;
using Egov.Platform.Events;
using Egov.Registries.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Egov.Benefits.LifeEvents;

/// <summary>
/// A registered death: every benefit the deceased was claiming stops on the day of death (the day is kept on the claim,
/// which the family and the agencies see), and offers not yet applied for are withdrawn. Saved with the inbox entry,
/// so the event is acted on once.
/// </summary>
internal sealed class BereavementStops(BenefitsDbContext db) : IIntegrationEventHandler<PersonDied>
{
    public async Task HandleAsync(PersonDied integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var deceased = integrationEvent.Resident.Value;
        foreach (var claim in await db.Claims.Where(c => c.BeneficiaryId == deceased && c.StoppedOn == null).ToListAsync(cancellationToken))
        {
            claim.StoppedOn = integrationEvent.DiedOn;
        }

        foreach (var offer in await db.Offers.Where(o => o.BeneficiaryId == deceased && o.Status == OfferStatus.Offered).ToListAsync(cancellationToken))
        {
            offer.Status = OfferStatus.Withdrawn;
            offer.DecidedAt = context?.OccurredAtUtc;
        }
    }
}
