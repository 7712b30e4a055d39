using Egov.Approvals.Contracts;
using Egov.Approvals.Data;
using Egov.Approvals.Domain;
using Egov.Org.Contracts;
using Egov.Platform.Packs;
using Egov.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Egov.Approvals.Documents;

/// <summary>
/// Loads and saves documents, one change per transaction. What every change needs on its way to the database
/// happens here: the stand-in of each step that has just become pending (대결), the number of a document that has
/// just been approved with its <see cref="DocumentApproved"/> event and its dispatches to the recipient agencies, the
/// notices owed to officials a deputy acted for.
/// </summary>
/// <remarks>
/// The Org directory is asked before the transaction begins, never inside it: the transaction holds a pooled
/// connection, and another module's context takes a second one from the same pool, so with as many concurrent actions
/// as the pool has connections each held one and waited for another until the pool's timeout (bench/http/approvals.sh,
/// 100 officials on a 30-connection pool). The document's <c>version</c> token, not the transaction, is what makes a
/// concurrent change of the same document lose at its save and start again.
/// </remarks>
internal sealed class DocumentStore(ApprovalsDbContext db, DocumentNumbers numbers, IOrgDirectory org, CountryPack pack, TimeProvider time)
{
    // Two officials acting on one document at once (a parallel co-approval group): the loser reloads and tries again.
    private const int Attempts = 5;

    /// <summary>Documents with their steps, revisions and entries, read only.</summary>
    private IQueryable<ApprovalDocument> Whole => db.Documents.AsNoTracking().Include(d => d.Steps).Include(d => d.Revisions).Include(d => d.Entries).AsSplitQuery();

    public Task<ApprovalDocument?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        Whole.FirstOrDefaultAsync(d => d.Id == id, cancellationToken);

    /// <summary>The document another system drafted under its key, or null.</summary>
    public Task<ApprovalDocument?> FindBySourceAsync(string client, string key, CancellationToken cancellationToken) =>
        Whole.FirstOrDefaultAsync(d => d.SourceClient == client && d.SourceKey == key, cancellationToken);

    /// <summary>Drops what a failed save left tracked, so the context can be used again.</summary>
    public void Forget() => db.ChangeTracker.Clear();

    /// <summary>The document's dispatches to its recipient agencies, in the order of the heading.</summary>
    public async Task<IReadOnlyList<Dispatch>> DispatchesAsync(Guid documentId, CancellationToken cancellationToken) =>
        await db.Dispatches.AsNoTracking().Where(d => d.DocumentId == documentId).OrderBy(d => d.Id).ToListAsync(cancellationToken);

    public async Task AddAsync(ApprovalDocument document, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await StandInsAsync(document, now, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Documents.Add(document);
        await NumberAsync(document, DocumentStatus.Draft, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Applies <paramref name="change"/> to the document and saves it in a transaction of its own; a refusal writes nothing.</summary>
    public async Task<ActionOutcome> ChangeAsync(Guid id, Func<ApprovalDocument, DateTime, ApprovalRefusal?> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var document = await db.Documents.Include(d => d.Steps).Include(d => d.Revisions).Include(d => d.Entries).AsSplitQuery()
                .FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
            if (document is null)
            {
                return ActionOutcome.NotFound;
            }

            var before = document.Status;
            var entriesBefore = document.Entries.Count;
            var now = time.GetUtcNow().UtcDateTime;
            if (change(document, now) is { } refusal)
            {
                return ActionOutcome.Refused(refusal);
            }

            NoticesForProxies(document, entriesBefore, now);
            await StandInsAsync(document, now, cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                await NumberAsync(document, before, now, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return new ActionOutcome(ActionStatus.Done, Document: document);
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                await transaction.RollbackAsync(cancellationToken);
            }
        }
    }

    /// <summary>The deputy of each assignee on leave whose step has just opened (대결).</summary>
    private async Task StandInsAsync(ApprovalDocument document, DateTime now, CancellationToken cancellationToken)
    {
        var today = pack.DateAt(new DateTimeOffset(now, TimeSpan.Zero));
        foreach (var step in document.CurrentLine.Where(s => s.IsOpen && s.StandInNumber is null))
        {
            if (await org.StandInAsync(step.AssigneeNumber, today, cancellationToken) is { IsProxy: true } standIn)
            {
                step.StandInNumber = standIn.Acting.EmployeeNumber;
            }
        }
    }

    /// <summary>
    /// The number of a document that has just been approved, taken inside the transaction that saves it (no gap, no
    /// duplicate), with its event and its dispatches, so an approved document never misses a recipient.
    /// </summary>
    private async Task NumberAsync(ApprovalDocument document, DocumentStatus before, DateTime now, CancellationToken cancellationToken)
    {
        if (document.Status != DocumentStatus.Approved || before == DocumentStatus.Approved)
        {
            return;
        }

        var today = pack.DateAt(new DateTimeOffset(now, TimeSpan.Zero));
        var classification = pack.Approvals.FindClassification(document.Classification)
            ?? throw new InvalidOperationException($"Classification '{document.Classification}' is no longer in the pack.");
        var serial = await numbers.NextAsync(document.AgencyCode, classification.Code, today.Year, cancellationToken);
        document.AssignNumber(pack.Approvals.Number(document.AgencyCode, classification, today.Year, serial), serial, today);
        db.AddIntegrationEvent(new DocumentApproved(document.Id, document.AgencyCode, document.Number!, document.DocumentType, now), now);
        db.Dispatches.AddRange(document.RecipientAgencies.Select(agency => Dispatch.Send(document, agency, now)));
    }

    /// <summary>The rules require an absent approver be told when a deputy acted for them (대결): one notice per such entry.</summary>
    private void NoticesForProxies(ApprovalDocument document, int entriesBefore, DateTime now)
    {
        foreach (var entry in document.Entries.Skip(entriesBefore).Where(e => e.ForNumber is not null))
        {
            db.OfficialNotices.Add(OfficialNotice.ProxyActed(entry.ForNumber!, document.Id, entry.Action, new Official(entry.ActorNumber, entry.ActorName), now));
        }
    }
}
