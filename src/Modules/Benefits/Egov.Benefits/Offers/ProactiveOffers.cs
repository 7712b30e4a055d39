using Egov.Benefits.Data;
using Egov.Benefits.Eligibility;
using Egov.Registries.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Egov.Benefits.Offers;

/// <summary>
/// Offers a person every benefit they now get and were never offered nor claimed: after a life event, or when the
/// daily sweep finds an age threshold crossed. Offers are added to the caller's unit of work, saved with whatever
/// prompted them; a benefit already offered or claimed is never offered again.
/// </summary>
internal sealed class ProactiveOffers(BenefitsDbContext db, PersonContexts contexts, BenefitRules rules, TimeProvider time)
{
    /// <summary>Reads for offers are the platform's own: proactive outreach, logged for the person.</summary>
    private const string Purpose = "benefits.proactive-offer";

    private const string LegalBasis = "benefits-outreach";

    public async Task<IReadOnlyList<Offer>> OfferAsync(ResidentId person, string trigger, DateOnly asOf, CancellationToken cancellationToken)
    {
        if (await contexts.ForAsync(person, asOf, new DataPurpose("system:benefits", Purpose, LegalBasis), cancellationToken) is not { } context)
        {
            return [];
        }

        var granted = new List<(string Code, decimal? Amount)>();
        rules.Grant(context, asOf, (benefit, amount) => granted.Add((benefit.Code, amount)));
        var codes = granted.Select(g => g.Code).ToList();
        var known = await db.Offers.Where(o => o.BeneficiaryId == person.Value && codes.Contains(o.BenefitCode)).Select(o => o.BenefitCode)
            .Concat(db.Claims.Where(c => c.BeneficiaryId == person.Value && codes.Contains(c.BenefitCode)).Select(c => c.BenefitCode))
            .ToListAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var offers = granted.Where(g => !known.Contains(g.Code)).Select(g => new Offer
        {
            Id = Guid.CreateVersion7(), BeneficiaryId = person.Value, BenefitCode = g.Code, Trigger = trigger, Amount = g.Amount,
            OfferedAt = now, Status = OfferStatus.Offered,
        }).ToList();
        db.Offers.AddRange(offers);
        return offers;
    }
}
