using Egov.Approvals.Data;
using Egov.Approvals.Domain;
using Microsoft.EntityFrameworkCore;

namespace Egov.Approvals.Records;

/// <summary>A published document in the public list: who drafted it and who approved it are named (policy real-name).</summary>
internal sealed record PublicRow(Guid Id, string AgencyCode, string Number, string Title, DateOnly EnforcedOn, string DrafterName, string? ApproverName);

/// <summary>
/// Approved documents the drafter marked public, open to anyone without signing in, with the drafter's and final
/// approver's names (정책실명제). Nothing else is ever shown: a document not public, or not yet approved, is 404.
/// </summary>
internal sealed class PublicDocuments(ApprovalsDbContext db)
{
    public const int PageSize = 30;

    public async Task<IReadOnlyList<PublicRow>> ListAsync(string? agencyCode, int page, CancellationToken cancellationToken) =>
        await Published().Where(d => agencyCode == null || d.AgencyCode == agencyCode)
            .OrderByDescending(d => d.ApprovedAt).ThenByDescending(d => d.Id)
            .Skip(Math.Max(0, page - 1) * PageSize).Take(PageSize)
            .Select(d => new PublicRow(d.Id, d.AgencyCode, d.Number!, d.Title, d.EnforcedOn!.Value, d.DrafterName,
                db.Steps.Where(s => s.DocumentId == d.Id && s.Round == d.Round && s.Kind == StepKind.Final).Select(s => s.ActedByName).FirstOrDefault()))
            .ToListAsync(cancellationToken);

    public Task<ApprovalDocument?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        Published().Include(d => d.Steps).Include(d => d.Revisions).AsSplitQuery().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);

    private IQueryable<ApprovalDocument> Published() => db.Documents.AsNoTracking().Where(d => d.IsPublic && d.Status == DocumentStatus.Approved);
}
