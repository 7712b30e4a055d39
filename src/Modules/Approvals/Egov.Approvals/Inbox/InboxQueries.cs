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

/// <summary>One document in a list; <paramref name="At"/> is when it reached the official ("to approve") or last changed.</summary>
internal sealed record InboxRow(Guid DocumentId, string Title, string DrafterName, DocumentStatus Status, DateTime At, string? Number, bool AsStandIn);

/// <summary>
/// The inbox's questions, each one query on the indexed columns (open steps by assignee or stand-in in arrival order;
/// documents by drafter and status), newest first, a page at a time.
/// </summary>
internal sealed class InboxQueries(ApprovalsDbContext db)
{
    public const int PageSize = 50;

    public async Task<IReadOnlyDictionary<InboxTab, int>> CountsAsync(string official, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<InboxTab, int>
        {
            [InboxTab.ToApprove] = await OpenStepsOf(official).CountAsync(cancellationToken),
        };
        foreach (var tab in Enum.GetValues<InboxTab>().Where(t => t != InboxTab.ToApprove))
        {
            counts[tab] = await Query(tab, official).CountAsync(cancellationToken);
        }

        return counts;
    }

    public async Task<IReadOnlyList<InboxRow>> ListAsync(InboxTab tab, string official, int page, CancellationToken cancellationToken)
    {
        var skip = Math.Max(0, page - 1) * PageSize;
        if (tab == InboxTab.ToApprove)
        {
            // The page's 50 steps first, then only their documents.
            return await (
                from s in OpenStepsOf(official).OrderByDescending(s => s.OpenedAt).ThenByDescending(s => s.Id).Skip(skip).Take(PageSize)
                join d in db.Documents.AsNoTracking() on s.DocumentId equals d.Id
                orderby s.OpenedAt descending, s.Id descending
                select new InboxRow(d.Id, d.Title, d.DrafterName, d.Status, s.OpenedAt ?? d.UpdatedAt, d.Number, s.StandInNumber == official))
                .ToListAsync(cancellationToken);
        }

        return await Query(tab, official).OrderByDescending(d => d.UpdatedAt).ThenByDescending(d => d.Id).Skip(skip).Take(PageSize)
            .Select(d => new InboxRow(d.Id, d.Title, d.DrafterName, d.Status, d.UpdatedAt, d.Number, false))
            .ToListAsync(cancellationToken);
    }

    public Task<int> UnreadNoticesAsync(string official, CancellationToken cancellationToken) =>
        db.OfficialNotices.CountAsync(n => n.OfficialNumber == official && n.ReadAt == null, cancellationToken);

    public async Task<IReadOnlyList<OfficialNotice>> NoticesAsync(string official, CancellationToken cancellationToken) =>
        await db.OfficialNotices.AsNoTracking().Where(n => n.OfficialNumber == official).OrderByDescending(n => n.CreatedAt).Take(20).ToListAsync(cancellationToken);

    /// <summary>
    /// The steps waiting for the official, as assignee or as stand-in (two index ranges, never both for one step). A step
    /// is open only in the current round of a document in progress (the document opens steps there and stops them when
    /// its line stops), so the steps alone answer "to approve"; the condition is the open-steps indexes' filter.
    /// </summary>
    private IQueryable<ApprovalStep> OpenStepsOf(string official)
    {
        var open = db.Steps.AsNoTracking().Where(s => s.State == StepState.Pending || s.State == StepState.Held);
        return open.Where(s => s.AssigneeNumber == official).Concat(open.Where(s => s.StandInNumber == official));
    }

    /// <summary>
    /// "Mine, or one I acted on": two indexed questions (documents by drafter; steps by who acted) united by id. Written
    /// with OR, PostgreSQL scanned every document of the status for each view; a union of whole rows compared every
    /// column of both sides.
    /// </summary>
    private static IQueryable<ApprovalDocument> MineOrActedOn(
        IQueryable<ApprovalDocument> documents, IQueryable<ApprovalDocument> drafted, IQueryable<ApprovalDocument> actedOn)
    {
        var ids = drafted.Select(d => d.Id).Union(actedOn.Select(d => d.Id));
        return documents.Where(d => ids.Contains(d.Id));
    }

    /// <summary>The documents of every tab but "to approve".</summary>
    private IQueryable<ApprovalDocument> Query(InboxTab tab, string official)
    {
        var documents = db.Documents.AsNoTracking();
        var steps = db.Steps;
        return tab switch
        {
            InboxTab.InProgress => MineOrActedOn(
                documents,
                documents.Where(m => (m.Status == DocumentStatus.Draft || m.Status == DocumentStatus.InProgress) && m.DrafterNumber == official),
                documents.Where(m => m.Status == DocumentStatus.InProgress && steps.Any(s => s.ActedByNumber == official && s.DocumentId == m.Id
                    && s.Round == m.Round && s.State == StepState.Approved))),
            InboxTab.Returned => documents.Where(d => (d.Status == DocumentStatus.Returned || d.Status == DocumentStatus.Withdrawn) && d.DrafterNumber == official),
            InboxTab.Done => MineOrActedOn(
                documents,
                documents.Where(m => m.Status == DocumentStatus.Approved && m.DrafterNumber == official),
                documents.Where(m => m.Status == DocumentStatus.Approved && steps.Any(s => s.ActedByNumber == official && s.DocumentId == m.Id))),
            InboxTab.Copies => documents.Where(d => d.Status != DocumentStatus.Draft
                && steps.Any(s => s.DocumentId == d.Id && s.Round == d.Round && s.Kind == StepKind.Copy && s.AssigneeNumber == official)),
            _ => throw new ArgumentOutOfRangeException(nameof(tab), tab, "\"To approve\" is asked of the open steps (OpenStepsOf)."),
        };
    }
}
