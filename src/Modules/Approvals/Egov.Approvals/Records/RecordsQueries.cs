using Egov.Approvals.Data;
using Egov.Approvals.Domain;
using Egov.Approvals.Receiving;
using Microsoft.EntityFrameworkCore;

namespace Egov.Approvals.Records;

/// <summary>Which records: those the agency produced (approved documents) or received (registered dispatches).</summary>
internal enum RecordsTab
{
    Produced = 0,
    Received = 1,
}

/// <summary>One record: its number (document or receipt), title, department, when it was made a record, how long it is kept.</summary>
internal sealed record RecordRow(Guid Id, string Number, string Title, Guid DepartmentId, DateTime At, string Retention);

/// <summary>
/// The records view (기록물 관리): an agency's records by retention class. The records officer sees the whole agency;
/// any other official their own department's. Newest first, a page at a time, on the indexed columns.
/// </summary>
internal sealed class RecordsQueries(ApprovalsDbContext db)
{
    public const int PageSize = 50;

    /// <summary>How many records of each retention class the reader sees, produced and received together.</summary>
    public async Task<IReadOnlyDictionary<string, int>> CountsByRetentionAsync(Receiver me, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(me);
        var produced = await Produced(me, null).GroupBy(d => d.Retention).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var received = await Received(me, null).GroupBy(r => r.Document.Retention).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return produced.Concat(received).GroupBy(c => c.Key).ToDictionary(g => g.Key, g => g.Sum(c => c.Count), StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<RecordRow>> ListAsync(Receiver me, RecordsTab tab, string? retention, int page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(me);
        var skip = Math.Max(0, page - 1) * PageSize;
        return tab == RecordsTab.Produced
            ? await Produced(me, retention).OrderByDescending(d => d.ApprovedAt).ThenByDescending(d => d.Id).Skip(skip).Take(PageSize)
                .Select(d => new RecordRow(d.Id, d.Number!, d.Title, d.DepartmentId, d.ApprovedAt!.Value, d.Retention)).ToListAsync(cancellationToken)
            : await Received(me, retention).OrderByDescending(r => r.Dispatch.RegisteredAt).ThenByDescending(r => r.Dispatch.Id).Skip(skip).Take(PageSize)
                .Select(r => new RecordRow(r.Dispatch.Id, r.Dispatch.ReceiptNumber!, r.Dispatch.Title, r.Dispatch.DepartmentId!.Value,
                    r.Dispatch.RegisteredAt!.Value, r.Document.Retention)).ToListAsync(cancellationToken);
    }

    private IQueryable<ApprovalDocument> Produced(Receiver me, string? retention)
    {
        var documents = db.Documents.AsNoTracking().Where(d => d.AgencyCode == me.Card.AgencyCode && d.Status == DocumentStatus.Approved);
        documents = me.IsRecordsOfficer ? documents : documents.Where(d => d.DepartmentId == me.Card.DepartmentId);
        return retention is null ? documents : documents.Where(d => d.Retention == retention);
    }

    private IQueryable<ReceivedRecord> Received(Receiver me, string? retention)
    {
        var dispatches = db.Dispatches.AsNoTracking().Where(d => d.ToAgencyCode == me.Card.AgencyCode && d.Status == DispatchStatus.Registered);
        dispatches = me.IsRecordsOfficer ? dispatches : dispatches.Where(d => d.DepartmentId == me.Card.DepartmentId);
        var records = dispatches.Join(db.Documents.AsNoTracking(), d => d.DocumentId, d => d.Id, (dispatch, document) => new ReceivedRecord { Dispatch = dispatch, Document = document });
        return retention is null ? records : records.Where(r => r.Document.Retention == retention);
    }

    // Built with an initializer, not a constructor: EF composes filters and orderings only over member initialisers.
    private sealed class ReceivedRecord
    {
        public required Dispatch Dispatch { get; init; }

        public required ApprovalDocument Document { get; init; }
    }
}
