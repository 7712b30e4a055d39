using Egov.Benefits.Applications;
using Egov.Benefits.Data;
using Egov.Platform.Audit;
using Microsoft.EntityFrameworkCore;

namespace Egov.Benefits.Cases;

/// <summary>
/// An agency's queue of cases — benefit applications, moving notices, bereavement inquiries — and the decision on one.
/// Every query is scoped to the official's agency: a case of another agency is not found, whatever its id.
/// </summary>
internal sealed class AgencyQueue(BenefitsDbContext db, CaseNotices notices, IAuditLog audit, TimeProvider time)
{
    /// <summary>The agency's cases, waiting ones first, then the latest decided; at most <paramref name="take"/>.</summary>
    public async Task<IReadOnlyList<QueuedCase>> ListAsync(string agency, int take, CancellationToken cancellationToken)
    {
        var rows = await db.Cases.AsNoTracking().Where(c => c.Agency == agency)
            .Join(db.Applications, c => c.ApplicationId, a => a.Id, (c, a) => new { Case = c, Application = a })
            .OrderBy(q => q.Case.Status == CaseStatus.Submitted ? 0 : 1).ThenByDescending(q => q.Case.UpdatedAt)
            .Take(take).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new QueuedCase(r.Case, r.Application))];
    }

    /// <summary>One case of the agency with its claims, or null (unknown, or another agency's).</summary>
    public async Task<(QueuedCase Case, IReadOnlyList<Claim> Claims)?> FindAsync(string agency, Guid caseId, CancellationToken cancellationToken)
    {
        var found = await db.Cases.AsNoTracking().Where(c => c.Id == caseId && c.Agency == agency)
            .Join(db.Applications, c => c.ApplicationId, a => a.Id, (c, a) => new { Case = c, Application = a }).SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        var claims = await db.Claims.AsNoTracking().Where(c => c.CaseId == caseId).OrderBy(c => c.BenefitCode).ToListAsync(cancellationToken);
        return (new QueuedCase(found.Case, found.Application), claims);
    }

    /// <summary>
    /// Grants or refuses a waiting case of the agency, with the reason; the applicant is told. False when there is no
    /// such waiting case (unknown, another agency's, or decided already).
    /// </summary>
    public async Task<bool> DecideAsync(string agency, Guid caseId, bool grant, string reason, string actor, CancellationToken cancellationToken)
    {
        var agencyCase = await db.Cases.SingleOrDefaultAsync(c => c.Id == caseId && c.Agency == agency && c.Status == CaseStatus.Submitted, cancellationToken);
        if (agencyCase is null)
        {
            return false;
        }

        var application = await db.Applications.AsNoTracking().SingleAsync(a => a.Id == agencyCase.ApplicationId, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        agencyCase.Status = grant ? CaseStatus.Granted : CaseStatus.Refused;
        agencyCase.Reason = reason;
        agencyCase.DecidedBy = actor;
        agencyCase.DecidedAt = now;
        agencyCase.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(
            new AuditRecord(actor, $"benefits.case.{agencyCase.Status}", $"resident:{application.ApplicantId}", Purpose: "benefits.case-decision", LegalBasis: LegalBasis),
            cancellationToken);
        await notices.DecidedAsync(application.ApplicantId, agencyCase, cancellationToken);
        return true;
    }

    /// <summary>Officials read and decide cases as the agency's own business: the basis their reads are logged with.</summary>
    public const string LegalBasis = "agency-case-handling";

}

/// <summary>A case with the application it belongs to.</summary>
internal sealed record QueuedCase(AgencyCase Case, Application Application);
