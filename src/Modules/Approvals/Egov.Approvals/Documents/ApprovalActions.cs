using Egov.Approvals.Data;
using Egov.Approvals.Domain;
using Egov.Approvals.Live;
using Egov.Org.Contracts;
using Egov.Platform.Audit;
using Egov.Platform.Packs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Egov.Approvals.Documents;

/// <summary>What a step's official decides.</summary>
internal enum Decision
{
    Approve = 0,
    Return = 1,
    Hold = 2,
}

/// <summary>
/// The actions on a document, each in one transaction, audited once it is saved. Only the step's assignee, or the
/// deputy the Org directory names while the assignee is on leave, may act on a step: anybody else is refused with
/// 403 and the attempt itself is audited, so a probe of other departments' documents leaves a trace.
/// </summary>
internal sealed partial class ApprovalActions(
    ApprovalsDbContext db, DocumentStore store, IOrgDirectory org, CountryPack pack, IAuditLog audit, TimeProvider time, InboxSignals signals,
    DocumentSeals seals, ILogger<ApprovalActions> log)
{
    public async Task<ActionOutcome> DecideAsync(Guid documentId, Guid stepId, Decision decision, Official actor, string? opinion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var step = await db.Steps.AsNoTracking().FirstOrDefaultAsync(s => s.Id == stepId && s.DocumentId == documentId, cancellationToken);
        if (step is null)
        {
            return await DeniedAsync(documentId, actor, ActionOutcome.NotFound, cancellationToken);
        }

        var proxy = false;
        if (step.AssigneeNumber != actor.Number)
        {
            var standIn = await org.StandInAsync(step.AssigneeNumber, pack.Today(time), cancellationToken);
            if (standIn is not { IsProxy: true } || standIn.Acting.EmployeeNumber != actor.Number)
            {
                return await DeniedAsync(documentId, actor, ActionOutcome.Forbidden, cancellationToken);
            }

            proxy = true;
        }

        var result = await store.ChangeAsync(documentId, (document, at) => decision switch
        {
            Decision.Approve => document.Approve(stepId, actor, proxy, opinion, at),
            Decision.Return => document.Return(stepId, actor, proxy, opinion, at),
            _ => document.Hold(stepId, actor, proxy, opinion, at),
        }, cancellationToken);
        return await AfterAsync(result, $"approvals.step.{decision.ToString().ToLowerInvariant()}{(proxy ? ".proxy" : "")}", documentId, actor, cancellationToken);
    }

    /// <summary>The drafter submits a draft (상신).</summary>
    public Task<ActionOutcome> SubmitAsync(Guid documentId, Official actor, CancellationToken cancellationToken) =>
        DrafterAsync(documentId, actor, "approvals.document.submit", (d, at) => d.Submit(actor, at), cancellationToken);

    /// <summary>The drafter takes the document back (회수) before anyone acted.</summary>
    public Task<ActionOutcome> WithdrawAsync(Guid documentId, Official actor, CancellationToken cancellationToken) =>
        DrafterAsync(documentId, actor, "approvals.document.withdraw", (d, at) => d.Withdraw(actor, at), cancellationToken);

    /// <summary>The drafter revises a returned or withdrawn document and submits it again.</summary>
    public Task<ActionOutcome> ResubmitAsync(Guid documentId, Official actor, DocumentBody body, CancellationToken cancellationToken) =>
        DrafterAsync(documentId, actor, "approvals.document.resubmit", (d, at) => d.Resubmit(actor, body, at), cancellationToken);

    private async Task<ActionOutcome> DrafterAsync(
        Guid documentId, Official actor, string action, Func<ApprovalDocument, DateTime, ApprovalRefusal?> change, CancellationToken cancellationToken)
    {
        var drafter = await db.Documents.AsNoTracking().Where(d => d.Id == documentId).Select(d => d.DrafterNumber).FirstOrDefaultAsync(cancellationToken);
        if (drafter != actor.Number)
        {
            return await DeniedAsync(documentId, actor, drafter is null ? ActionOutcome.NotFound : ActionOutcome.Forbidden, cancellationToken);
        }

        return await AfterAsync(await store.ChangeAsync(documentId, change, cancellationToken), action, documentId, actor, cancellationToken);
    }

    private async Task<ActionOutcome> AfterAsync(ActionOutcome result, string action, Guid documentId, Official actor, CancellationToken cancellationToken)
    {
        if (result.Status == ActionStatus.Done)
        {
            await audit.AppendAsync(new AuditRecord(ActorReference(actor), action, DocumentReference(documentId)), cancellationToken);
            await signals.ChangedAsync(result.Document!, cancellationToken);
            if (result.Document!.Status == DocumentStatus.Approved)
            {
                await SealAsync(result.Document, cancellationToken);
            }
        }

        return result;
    }

    /// <summary>The approval stands whether or not sealing works now: a failure is logged and the first download seals.</summary>
    private async Task SealAsync(ApprovalDocument document, CancellationToken cancellationToken)
    {
        try
        {
            await seals.EnsureAsync(document, cancellationToken);
        }
        catch (Exception e) when (e is InvalidOperationException or DbUpdateException or System.Security.Cryptography.CryptographicException)
        {
            NotSealed(log, e, document.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Document {DocumentId} is approved but not yet sealed; its first download will seal it")]
    private static partial void NotSealed(ILogger logger, Exception exception, Guid documentId);

    private async Task<ActionOutcome> DeniedAsync(Guid documentId, Official actor, ActionOutcome result, CancellationToken cancellationToken)
    {
        await audit.AppendAsync(new AuditRecord(ActorReference(actor), "approvals.action.denied", DocumentReference(documentId)), cancellationToken);
        return result;
    }

    public static string ActorReference(Official official) => $"official:{official.Number}";

    public static string DocumentReference(Guid documentId) => $"approval-document:{documentId}";
}
