using Egov.Identity.Contracts;
using Egov.Identity.Data;
using Egov.Platform.Audit;
using Egov.Platform.Persistence;

namespace Egov.Identity.Acting;

/// <summary>
/// Writes what a person did, naming both people when on behalf: the audit entry's actor is the account at
/// the keyboard and its <c>OnBehalfOf</c> the party represented; a <see cref="DelegationUsed"/> event goes out
/// through Identity's outbox for the Security module.
/// </summary>
internal sealed class ActingAudit(ActingContext context, IAuditLog audit, IdentityModuleDbContext db, TimeProvider time) : IActingAudit
{
    public Task RecordAsync(string action, string target, CancellationToken cancellationToken = default) =>
        RecordAsync(CurrentActor, context.Delegation, action, target, cancellationToken);

    public Task RecordAsync(string action, string target, string purpose, string legalBasis, CancellationToken cancellationToken = default) =>
        RecordAsync(CurrentActor, context.Delegation, action, target, cancellationToken, (purpose, legalBasis));

    /// <summary>The same for a delegation the request is starting or stopping, which is not yet (or no longer) the context's.</summary>
    public async Task RecordAsync(
        Actor actor, Delegation? delegation, string action, string target, CancellationToken cancellationToken, (string Purpose, string LegalBasis)? read = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await audit.AppendAsync(
            new AuditRecord(Reference(actor), action, target, delegation?.Subject.Reference, read?.Purpose, read?.LegalBasis), cancellationToken);
        if (delegation is not null)
        {
            var at = time.GetUtcNow().UtcDateTime;
            db.AddIntegrationEvent(new DelegationUsed(actor.AccountId, delegation.Kind, delegation.Subject.Reference, action, at), at);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>
    /// A refused attempt to act for someone: a stranger, a child come of age, a tampered form. Both people go
    /// into the entry, so the person named can see who tried.
    /// </summary>
    public async Task DeniedAsync(Actor actor, Party requested, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(requested);
        await audit.AppendAsync(
            new AuditRecord(Reference(actor), "identity.acting.denied", requested.Reference), cancellationToken);
    }

    public static string Reference(Actor actor) => $"account:{actor.AccountId}";

    private Actor CurrentActor => context.Actor ?? throw new InvalidOperationException("Only a signed-in person's actions are recorded here.");
}
