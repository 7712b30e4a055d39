using Egov.Identity.Data;
using Egov.Identity.Domain;
using Egov.Platform.Audit;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Egov.Identity.Sessions;

/// <summary>A partner app the person let in: one authorization (a consent for a set of scopes).</summary>
internal sealed record ConnectedApp(string AuthorizationId, string Name, IReadOnlyList<string> Scopes, DateTimeOffset? Since);

/// <summary>
/// The partner apps an account has authorized (OpenIddict authorizations whose subject is the account), and
/// withdrawing one: the authorization and every token issued under it are revoked, so its refresh tokens stop
/// working at once. Signing out does not touch these: a partner app keeps working until the person revokes it.
/// </summary>
internal sealed class ConnectedApps(
    IOpenIddictAuthorizationManager authorizations, IOpenIddictApplicationManager applications, IOpenIddictTokenManager tokens,
    IdentityModuleDbContext db, SignInEvents events, IAuditLog audit)
{
    public async Task<IReadOnlyList<ConnectedApp>> ListAsync(Guid accountId, CancellationToken cancellationToken)
    {
        var apps = new List<ConnectedApp>();
        await foreach (var authorization in authorizations.FindBySubjectAsync(accountId.ToString(), cancellationToken))
        {
            if (!await authorizations.HasStatusAsync(authorization, Statuses.Valid, cancellationToken)
                || await authorizations.GetApplicationIdAsync(authorization, cancellationToken) is not { } applicationId
                || await applications.FindByIdAsync(applicationId, cancellationToken) is not { } application)
            {
                continue;
            }

            apps.Add(new ConnectedApp(
                (await authorizations.GetIdAsync(authorization, cancellationToken))!,
                await applications.GetLocalizedDisplayNameAsync(application, cancellationToken)
                    ?? (await applications.GetClientIdAsync(application, cancellationToken))!,
                await authorizations.GetScopesAsync(authorization, cancellationToken),
                await authorizations.GetCreationDateAsync(authorization, cancellationToken)));
        }

        return [.. apps.OrderBy(a => a.Name, StringComparer.CurrentCulture)];
    }

    /// <summary>Revokes one of the account's authorizations and its tokens; false when the account has no such authorization.</summary>
    public async Task<bool> RevokeAsync(Guid accountId, string authorizationId, CancellationToken cancellationToken)
    {
        var authorization = await authorizations.FindByIdAsync(authorizationId, cancellationToken);
        if (authorization is null || await authorizations.GetSubjectAsync(authorization, cancellationToken) != accountId.ToString())
        {
            return false;
        }

        if (!await authorizations.HasStatusAsync(authorization, Statuses.Valid, cancellationToken))
        {
            return true;
        }

        var application = await authorizations.GetApplicationIdAsync(authorization, cancellationToken) is { } applicationId
            ? await applications.FindByIdAsync(applicationId, cancellationToken)
            : null;
        var clientId = application is null ? "" : await applications.GetClientIdAsync(application, cancellationToken) ?? "";
        // The authorization, its tokens and the event commit together (OpenIddict's stores share this context).
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            if (!await authorizations.TryRevokeAsync(authorization, cancellationToken))
            {
                return true;
            }

            await tokens.RevokeByAuthorizationIdAsync(authorizationId, cancellationToken);
            await events.ConnectedAppRevokedAsync(accountId, clientId, authorizationId, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await audit.AppendAsync(new AuditRecord($"account:{accountId}", "identity.app.revoke", $"authorization:{authorizationId}"), cancellationToken);
        return true;
    }
}
