using Egov.Benefits.Applications;
using Egov.Benefits.Data;
using Egov.Platform.Audit;
using Egov.Platform.Packs;
using Egov.Registries.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Egov.Benefits.LifeEvents;

/// <summary>
/// The bereavement bundle (one inquiry into a deceased person's assets and benefits): a spouse, parent or child of the
/// deceased, by the registers, files one inquiry that reaches every agency of the pack's bereavement routes. Anyone
/// else is told nothing about the person. One inquiry per deceased and applicant.
/// </summary>
internal sealed class BereavementInquiries(
    BenefitsDbContext db, IResidentDirectory directory, LifeEventRouting routing, CountryPack pack, IAuditLog audit, TimeProvider time)
{
    public const string Bundle = "bereavement";

    /// <summary>The applicant's deceased spouse, parents and children, by the registers.</summary>
    public async Task<IReadOnlyList<Relative>> DeceasedRelativesAsync(ResidentId applicant, DataPurpose purpose, CancellationToken cancellationToken) =>
        [.. (await directory.RelativesAsync(applicant, purpose, cancellationToken)).Where(r => r.DiedOn is not null)];

    /// <summary>Files the inquiry; null with <c>not-family</c> (no such deceased relative) or <c>already</c> (filed before).</summary>
    public async Task<(Application? Inquiry, string? Refusal)> FileAsync(ResidentId applicant, Guid deceased, DataPurpose purpose, CancellationToken cancellationToken)
    {
        if (!(await DeceasedRelativesAsync(applicant, purpose, cancellationToken)).Any(r => r.Person.Id.Value == deceased))
        {
            return (null, "not-family");
        }

        var key = $"{Bundle}:{deceased}:{applicant.Value}";
        if (await db.Applications.AnyAsync(a => a.Key == key, cancellationToken))
        {
            return (null, "already");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var inquiry = new Application { Id = Guid.CreateVersion7(), ApplicantId = applicant.Value, Bundle = Bundle, SubjectId = deceased, Key = key, SubmittedAt = now };
        db.Applications.Add(inquiry);
        db.Cases.AddRange(routing.For(pack.LifeEvents.Bereavement, null, null).Select(r => r.Agency).Distinct().Select(agency => new AgencyCase
        {
            Id = Guid.CreateVersion7(), ApplicationId = inquiry.Id, Agency = agency, Status = CaseStatus.Submitted, UpdatedAt = now,
        }));
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(
            new AuditRecord(purpose.Actor, "benefits.bereavement.inquired", $"resident:{deceased}", Purpose: purpose.Purpose, LegalBasis: purpose.LegalBasis),
            cancellationToken);
        return (inquiry, null);
    }

    /// <summary>The deceased's claims that stopped at the death, for the inquiry's page.</summary>
    public async Task<IReadOnlyList<Claim>> StoppedClaimsAsync(IReadOnlyCollection<Guid> deceased, CancellationToken cancellationToken) =>
        await db.Claims.AsNoTracking().Where(c => deceased.Contains(c.BeneficiaryId) && c.StoppedOn != null).ToListAsync(cancellationToken);
}
