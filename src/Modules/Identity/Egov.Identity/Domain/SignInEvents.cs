using Egov.Identity.Contracts;
using Egov.Identity.Data;
using Egov.Platform.Persistence;
using Microsoft.AspNetCore.Http;

namespace Egov.Identity.Domain;

/// <summary>
/// Publishes sign-in outcomes, proofing, methods added or removed and ended sessions for the Security module,
/// through Identity's outbox (saved with whatever the caller's transaction holds).
/// </summary>
internal sealed class SignInEvents(IdentityModuleDbContext db, IHttpContextAccessor http, TimeProvider time)
{
    public Task SucceededAsync(Guid accountId, IReadOnlyList<string> methods, string assuranceLevel, CancellationToken cancellationToken) =>
        PublishAsync(at => new SignInSucceeded(accountId, methods, assuranceLevel, Address, at), cancellationToken);

    public Task FailedAsync(Guid? accountId, bool lockedOut, CancellationToken cancellationToken) =>
        PublishAsync(at => new SignInFailed(accountId, lockedOut, Address, at), cancellationToken);

    public Task ProofedAsync(Guid accountId, string method, CancellationToken cancellationToken) =>
        PublishAsync(at => new IdentityProofed(accountId, method, Address, at), cancellationToken);

    public Task MethodAddedAsync(Guid accountId, string method, CancellationToken cancellationToken) =>
        PublishAsync(at => new AuthenticationMethodAdded(accountId, method, Address, at), cancellationToken);

    public Task SessionRevokedAsync(Guid accountId, Guid sessionId, CancellationToken cancellationToken) =>
        PublishAsync(at => new SessionRevoked(accountId, sessionId, Address, at), cancellationToken);

    public Task SignedOutEverywhereAsync(Guid accountId, int sessionsEnded, CancellationToken cancellationToken) =>
        PublishAsync(at => new SignedOutEverywhere(accountId, sessionsEnded, Address, at), cancellationToken);

    public Task ConnectedAppRevokedAsync(Guid accountId, string clientId, string authorizationId, CancellationToken cancellationToken) =>
        PublishAsync(at => new ConnectedAppRevoked(accountId, clientId, authorizationId, Address, at), cancellationToken);

    public Task MethodRemovedAsync(Guid accountId, string method, CancellationToken cancellationToken) =>
        PublishAsync(at => new AuthenticationMethodRemoved(accountId, method, Address, at), cancellationToken);

    private string? Address => http.HttpContext?.Connection.RemoteIpAddress?.ToString();

    private async Task PublishAsync(Func<DateTime, Egov.Platform.Events.IIntegrationEvent> create, CancellationToken cancellationToken)
    {
        var at = time.GetUtcNow().UtcDateTime;
        db.AddIntegrationEvent(create(at), at);
        await db.SaveChangesAsync(cancellationToken);
    }
}
