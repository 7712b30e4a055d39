using Egov.Benefits.Applications;
using Egov.Benefits.Data;
using Egov.Benefits.Eligibility;
using Egov.Platform.Packs;
using Egov.Registries.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Egov.Benefits.LifeEvents;

/// <summary>
/// Tells the agencies of the pack's moving routes a person's new address region: one notice (an application of the
/// <c>moving</c> bundle) per move, one case per agency in its queue, the status on the person's page. Added to the
/// caller's unit of work; a move already routed is not routed again.
/// </summary>
internal sealed class MovingBundle(BenefitsDbContext db, PersonContexts contexts, LifeEventRouting routing, CountryPack pack, TimeProvider time)
{
    private static readonly DataPurpose Purpose = new("system:benefits", "benefits.moving-notice", "resident-registration-linkage");

    public async Task RouteAsync(ResidentId mover, string key, DateOnly asOf, CancellationToken cancellationToken)
    {
        if (await db.Applications.AnyAsync(a => a.Key == key, cancellationToken)
            || await contexts.ForAsync(mover, asOf, Purpose, cancellationToken) is not { } person)
        {
            return;
        }

        var agencies = routing.For(pack.LifeEvents.Moving, person, person.RegionCode).Select(r => r.Agency).Distinct().ToList();
        if (agencies.Count == 0)
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var application = new Application
        {
            Id = Guid.CreateVersion7(), ApplicantId = mover.Value, Bundle = MovingNotices.Trigger, Detail = person.RegionCode, Key = key, SubmittedAt = now,
        };
        db.Applications.Add(application);
        db.Cases.AddRange(agencies.Select(agency => new AgencyCase
        {
            Id = Guid.CreateVersion7(), ApplicationId = application.Id, Agency = agency, Status = CaseStatus.Submitted, UpdatedAt = now,
        }));
    }
}
