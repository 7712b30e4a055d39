using Egov.Approvals.Data;
using Egov.Approvals.Domain;
using Microsoft.EntityFrameworkCore;

namespace Egov.Approvals.Inbox;

/// <summary>The tabs of an official's inbox.</summary>
internal enum InboxTab
{
    /// <summary>Steps waiting for them, as assignee or as the stand-in of an absent one.</summary>
    ToApprove = 0,

    /// <summary>Their drafts and submitted documents not yet finished, and documents they acted on that are still moving.</summary>
    InProgress = 1,

    /// <summary>Their documents returned (반려) or withdrawn (회수), waiting for a revision.</summary>
    Returned = 2,

    /// <summary>Approved documents they drafted or acted on.</summary>
    Done = 3,

    /// <summary>Documents they receive a carbon copy of (참조).</summary>
    Copies = 4,
}

/// <summary>One document in a list.</summary>
internal sealed record InboxRow(Guid DocumentId, string Title, string DrafterName, DocumentStatus Status, DateTime UpdatedAt, string? Number, bool AsStandIn);

/// <summary>
/// The inbox's questions, each one query on the indexed columns (steps by assignee or stand-in and state; documents
/// by drafter and status), newest first, a page at a time.
/// </summary>
internal sealed class InboxQueries(ApprovalsDbContext db)
{
    public const int PageSize = 50;

    public async Task<IReadOnlyDictionary<InboxTab, int>> CountsAsync(string official, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<InboxTab, int>();
        foreach (var tab in Enum.GetValues<InboxTab>())
        {
            counts[tab] = await Query(tab, official).CountAsync(cancellationToken);
        }

        return counts;
    }

    public async Task<IReadOnlyList<InboxRow>> ListAsync(InboxTab tab, string official, int page, CancellationToken cancellationToken) =>
        await Query(tab, official).OrderByDescending(d => d.UpdatedAt).ThenByDescending(d => d.Id)
            .Skip(Math.Max(0, page - 1) * PageSize).Take(PageSize)
            .Select(d => new InboxRow(d.Id, d.Title, d.DrafterName, d.Status, d.UpdatedAt, d.Number,
                tab == InboxTab.ToApprove && db.Steps.Any(s => s.DocumentId == d.Id && s.Round == d.Round && s.StandInNumber == official
                    && (s.State == StepState.Pending || s.State == StepState.Held))))
            .ToListAsync(cancellationToken);

    public Task<int> UnreadNoticesAsync(string official, CancellationToken cancellationToken) =>
        db.OfficialNotices.CountAsync(n => n.OfficialNumber == official && n.ReadAt == null, cancellationToken);

    public async Task<IReadOnlyList<OfficialNotice>> NoticesAsync(string official, CancellationToken cancellationToken) =>
        await db.OfficialNotices.AsNoTracking().Where(n => n.OfficialNumber == official).OrderByDescending(n => n.CreatedAt).Take(20).ToListAsync(cancellationToken);

    private IQueryable<ApprovalDocument> Query(InboxTab tab, string official)
    {
        var documents = db.Documents.AsNoTracking();
        var steps = db.Steps;
        return tab switch
        {
            InboxTab.ToApprove => documents.Where(d => d.Status == DocumentStatus.InProgress && steps.Any(s => s.DocumentId == d.Id && s.Round == d.Round
                && (s.State == StepState.Pending || s.State == StepState.Held) && (s.AssigneeNumber == official || s.StandInNumber == official))),
            // "Mine, or one I acted on" as the union of two indexed questions (documents by drafter; steps by who acted):
            // written with OR, PostgreSQL scanned every document of the status in the whole database for each view.
            InboxTab.InProgress => documents.Where(d => (d.Status == DocumentStatus.Draft || d.Status == DocumentStatus.InProgress) && d.DrafterNumber == official)
                .Union(documents.Where(d => d.Status == DocumentStatus.InProgress && steps.Any(s => s.ActedByNumber == official && s.DocumentId == d.Id
                    && s.Round == d.Round && s.State == StepState.Approved))),
            InboxTab.Returned => documents.Where(d => (d.Status == DocumentStatus.Returned || d.Status == DocumentStatus.Withdrawn) && d.DrafterNumber == official),
            InboxTab.Done => documents.Where(d => d.Status == DocumentStatus.Approved && d.DrafterNumber == official)
                .Union(documents.Where(d => d.Status == DocumentStatus.Approved && steps.Any(s => s.ActedByNumber == official && s.DocumentId == d.Id))),
            _ => documents.Where(d => d.Status != DocumentStatus.Draft
                && steps.Any(s => s.DocumentId == d.Id && s.Round == d.Round && s.Kind == StepKind.Copy && s.AssigneeNumber == official)),
        };
    }
}
