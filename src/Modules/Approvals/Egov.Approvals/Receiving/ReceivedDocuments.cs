using Egov.Approvals.Data;
using Egov.Approvals.Documents;
using Egov.Approvals.Domain;
using Egov.Approvals.Live;
using Egov.Org.Contracts;
using Egov.Platform.Audit;
using Egov.Platform.Packs;
using Microsoft.EntityFrameworkCore;

namespace Egov.Approvals.Receiving;

/// <summary>One received document in a list.</summary>
internal sealed record ReceivedRow(
    Guid DispatchId, string Title, string FromAgencyCode, string DocumentNumber, DispatchStatus Status, DateTime SentAt, Guid? DepartmentId, string? ReceiptNumber);

/// <summary>
/// The receiving side of dispatch (접수): the lists a receiving agency's officials see, and the two steps — the records
/// officer hands a document to a department (배부), an official of that department registers it (접수) under the
/// department's yearly receipt number, taken in the registration's own transaction (no gaps, no duplicates). A
/// document another agency received is as absent as one never sent (404); a step by an official who may read but
/// not act is 403; both attempts are audited.
/// </summary>
internal sealed class ReceivedDocuments(
    ApprovalsDbContext db, DocumentNumbers numbers, IOrgDirectory org, CountryPack pack, IAuditLog audit, TimeProvider time, InboxSignals signals)
{
    public const int PageSize = 50;

    // Two records officers handing out one document at once: the loser reloads and decides again.
    private const int Attempts = 3;

    public async Task<IReadOnlyDictionary<DispatchStatus, int>> CountsAsync(Receiver me, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(me);
        var counts = await Visible(me).GroupBy(d => d.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return Enum.GetValues<DispatchStatus>().ToDictionary(s => s, s => counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0);
    }

    public async Task<IReadOnlyList<ReceivedRow>> ListAsync(Receiver me, DispatchStatus status, int page, CancellationToken cancellationToken) =>
        await Visible(me).Where(d => d.Status == status).OrderByDescending(d => d.SentAt).ThenByDescending(d => d.Id)
            .Skip(Math.Max(0, page - 1) * PageSize).Take(PageSize)
            .Select(d => new ReceivedRow(d.Id, d.Title, d.FromAgencyCode, d.DocumentNumber, d.Status, d.SentAt, d.DepartmentId, d.ReceiptNumber))
            .ToListAsync(cancellationToken);

    /// <summary>The dispatch when <paramref name="me"/> may read it; null (and an audited attempt when it exists) otherwise.</summary>
    public async Task<Dispatch?> FindAsync(Guid id, Receiver me, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(me);
        var dispatch = await db.Dispatches.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (dispatch is not null && !me.MayRead(dispatch))
        {
            await DeniedAsync(id, me, cancellationToken);
            return null;
        }

        return dispatch;
    }

    /// <summary>The records officer hands the document to a department of the agency (배부).</summary>
    public Task<ReceivingOutcome> AssignAsync(Guid id, Guid departmentId, Receiver me, CancellationToken cancellationToken) =>
        ChangeAsync(id, me, me.MayAssign, "approvals.dispatch.assign", _ => departmentId, (dispatch, department, at) => Task.FromResult(
            department is null ? DispatchRefusal.ForeignDepartment : dispatch.Assign(department.Id, department.AgencyCode, me.Official, at)), cancellationToken);

    /// <summary>An official of the department it was handed to registers it (접수) under the next receipt number.</summary>
    public Task<ReceivingOutcome> RegisterAsync(Guid id, Receiver me, CancellationToken cancellationToken) =>
        ChangeAsync(id, me, me.MayRegister, "approvals.dispatch.register", dispatch => dispatch.DepartmentId, async (dispatch, department, at) =>
        {
            if (dispatch.Status != DispatchStatus.Assigned)
            {
                return dispatch.Status == DispatchStatus.Registered ? DispatchRefusal.AlreadyRegistered : DispatchRefusal.NotAssigned;
            }

            // Handed elsewhere since the department was looked up: not this department's to register any more.
            if (department is null || dispatch.DepartmentId != department.Id)
            {
                return DispatchRefusal.NotAssigned;
            }

            var year = pack.DateAt(new DateTimeOffset(at, TimeSpan.Zero)).Year;
            var serial = await numbers.NextReceiptAsync(dispatch.ToAgencyCode, department.Code, year, cancellationToken);
            return dispatch.Register(me.Official, pack.Approvals.Receipt(dispatch.ToAgencyCode, department.Code, year, serial), at);
        }, cancellationToken);

    private IQueryable<Dispatch> Visible(Receiver me)
    {
        var dispatches = db.Dispatches.AsNoTracking().Where(d => d.ToAgencyCode == me.Card.AgencyCode);
        return me.IsRecordsOfficer ? dispatches : dispatches.Where(d => d.DepartmentId == me.Card.DepartmentId);
    }

    /// <summary>
    /// One step in a transaction of its own. The department it concerns is looked up in the Org directory before the
    /// transaction begins: its context takes a second pooled connection, and asking inside the transaction (which holds
    /// one) lets concurrent steps exhaust the pool (see DocumentStore).
    /// </summary>
    private async Task<ReceivingOutcome> ChangeAsync(
        Guid id, Receiver me, Func<Dispatch, bool> may, string action, Func<Dispatch, Guid?> departmentOf,
        Func<Dispatch, DepartmentCard?, DateTime, Task<DispatchRefusal?>> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var current = await db.Dispatches.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
            if (current is null || !may(current))
            {
                await DeniedAsync(id, me, cancellationToken);
                return current is null || !me.MayRead(current) ? ReceivingOutcome.NotFound : ReceivingOutcome.Forbidden;
            }

            var department = departmentOf(current) is { } departmentId ? await org.FindDepartmentAsync(departmentId, cancellationToken) : null;
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var dispatch = await db.Dispatches.FirstAsync(d => d.Id == id, cancellationToken);
            if (await change(dispatch, department, time.GetUtcNow().UtcDateTime) is { } refusal)
            {
                return ReceivingOutcome.Refused(refusal);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                await transaction.RollbackAsync(cancellationToken);
                continue;
            }

            await audit.AppendAsync(new AuditRecord(ApprovalActions.ActorReference(me.Official), action, DispatchReference(id)), cancellationToken);
            await signals.DispatchChangedAsync(dispatch, cancellationToken);
            return ReceivingOutcome.Done;
        }
    }

    private async Task DeniedAsync(Guid id, Receiver me, CancellationToken cancellationToken) =>
        await audit.AppendAsync(new AuditRecord(ApprovalActions.ActorReference(me.Official), "approvals.dispatch.denied", DispatchReference(id)), cancellationToken);

    public static string DispatchReference(Guid dispatchId) => $"approval-dispatch:{dispatchId}";
}
