using Egov.Benefits.Data;
using Egov.Benefits.Eligibility;
using Egov.Benefits.Offers;
using Egov.Platform.Audit;
using Egov.Platform.Packs;
using Egov.Registries.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Egov.Benefits.Applications;

/// <summary>
/// Applies for offered benefits in one go: the applicant's own offers and their minor children's, each checked again
/// against the rules today, grouped into one case per deciding agency. Declines an offer. Nothing is written unless
/// every offer asked for may be applied for.
/// </summary>
internal sealed class BenefitApplications(
    BenefitsDbContext db, IResidentDirectory directory, PersonContexts contexts, BenefitRules rules, CountryPack pack, IAuditLog audit, TimeProvider time)
{
    /// <summary>The offers the applicant may act on, oldest first: their own and their minor children's.</summary>
    public async Task<IReadOnlyList<Offer>> OpenOffersAsync(ResidentId applicant, DataPurpose purpose, CancellationToken cancellationToken)
    {
        var people = await PeopleAsync(applicant, purpose, cancellationToken);
        return await db.Offers.AsNoTracking()
            .Where(o => people.Contains(o.BeneficiaryId) && o.Status == OfferStatus.Offered)
            .OrderBy(o => o.OfferedAt).ThenBy(o => o.BenefitCode).ToListAsync(cancellationToken);
    }

    /// <summary>The applicant's applications with their cases and claims, newest first.</summary>
    public async Task<IReadOnlyList<(Application Application, IReadOnlyList<(AgencyCase Case, IReadOnlyList<Claim> Claims)> Cases)>> ApplicationsAsync(
        ResidentId applicant, CancellationToken cancellationToken)
    {
        var applications = await db.Applications.AsNoTracking().Where(a => a.ApplicantId == applicant.Value)
            .OrderByDescending(a => a.SubmittedAt).Take(20).ToListAsync(cancellationToken);
        var ids = applications.Select(a => a.Id).ToList();
        var cases = await db.Cases.AsNoTracking().Where(c => ids.Contains(c.ApplicationId)).ToListAsync(cancellationToken);
        var caseIds = cases.Select(c => c.Id).ToList();
        var claims = (await db.Claims.AsNoTracking().Where(c => caseIds.Contains(c.CaseId)).ToListAsync(cancellationToken)).ToLookup(c => c.CaseId);
        var byApplication = cases.ToLookup(c => c.ApplicationId);
        return [.. applications.Select(a => (a, (IReadOnlyList<(AgencyCase, IReadOnlyList<Claim>)>)[.. byApplication[a.Id].OrderBy(c => c.Agency, StringComparer.Ordinal)
            .Select(c => (c, (IReadOnlyList<Claim>)[.. claims[c.Id]]))]))];
    }

    /// <summary>Applies for the offers; the new application, or the refusal code (<c>unknown-offer</c>, <c>no-longer-eligible</c>).</summary>
    public async Task<(Application? Application, string? Refusal)> ApplyAsync(
        ResidentId applicant, IReadOnlyCollection<Guid> offerIds, string? bundle, DataPurpose purpose, CancellationToken cancellationToken)
    {
        var people = await PeopleAsync(applicant, purpose, cancellationToken);
        var offers = await db.Offers.Where(o => offerIds.Contains(o.Id) && o.Status == OfferStatus.Offered && people.Contains(o.BeneficiaryId))
            .ToListAsync(cancellationToken);
        // An offer someone else's, already decided, or invented: nothing is applied for (no hint which).
        if (offers.Count == 0 || offers.Count != offerIds.Distinct().Count())
        {
            return (null, "unknown-offer");
        }

        var today = pack.Today(time);
        var claims = new List<(Offer Offer, string Agency, decimal? Amount)>();
        foreach (var beneficiary in offers.GroupBy(o => o.BeneficiaryId))
        {
            var context = await contexts.ForAsync(new ResidentId(beneficiary.Key), today, purpose, cancellationToken);
            var granted = new Dictionary<string, (string Agency, decimal? Amount)>(StringComparer.Ordinal);
            if (context is not null)
            {
                rules.Grant(context, today, (benefit, amount) => granted[benefit.Code] = (benefit.Definition.Agency, amount));
            }

            foreach (var offer in beneficiary)
            {
                if (!granted.TryGetValue(offer.BenefitCode, out var grant))
                {
                    return (null, "no-longer-eligible");
                }

                claims.Add((offer, grant.Agency, grant.Amount));
            }
        }

        var now = time.GetUtcNow().UtcDateTime;
        var application = new Application { Id = Guid.CreateVersion7(), ApplicantId = applicant.Value, Bundle = bundle, SubmittedAt = now };
        db.Applications.Add(application);
        foreach (var agency in claims.GroupBy(c => c.Agency))
        {
            var agencyCase = new AgencyCase { Id = Guid.CreateVersion7(), ApplicationId = application.Id, Agency = agency.Key, Status = CaseStatus.Submitted, UpdatedAt = now };
            db.Cases.Add(agencyCase);
            db.Claims.AddRange(agency.Select(c => new Claim
            {
                Id = Guid.CreateVersion7(), CaseId = agencyCase.Id, BeneficiaryId = c.Offer.BeneficiaryId, BenefitCode = c.Offer.BenefitCode, Amount = c.Amount,
            }));
        }

        foreach (var offer in offers)
        {
            offer.Status = OfferStatus.Applied;
            offer.DecidedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendManyAsync(
            [.. offers.Select(o => o.BeneficiaryId).Distinct().Select(beneficiary =>
                new AuditRecord(purpose.Actor, "benefits.applied", $"resident:{beneficiary}", Purpose: purpose.Purpose, LegalBasis: purpose.LegalBasis))],
            cancellationToken);

        return (application, null);
    }

    /// <summary>Declines an open offer the applicant may act on; false when there is none.</summary>
    public async Task<bool> DeclineAsync(ResidentId applicant, Guid offerId, DataPurpose purpose, CancellationToken cancellationToken)
    {
        var people = await PeopleAsync(applicant, purpose, cancellationToken);
        var offer = await db.Offers.SingleOrDefaultAsync(o => o.Id == offerId && o.Status == OfferStatus.Offered && people.Contains(o.BeneficiaryId), cancellationToken);
        if (offer is null)
        {
            return false;
        }

        offer.Status = OfferStatus.Declined;
        offer.DecidedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The applicant and the minor children they act for (from the register, never from a form).</summary>
    private async Task<List<Guid>> PeopleAsync(ResidentId applicant, DataPurpose purpose, CancellationToken cancellationToken) =>
        [applicant.Value, .. (await directory.MinorChildrenAsync(applicant, pack.Today(time), purpose, cancellationToken)).Select(c => c.Id.Value)];
}
