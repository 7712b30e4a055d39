using Egov.Identity.Data;
using Egov.Identity.Domain;
using Egov.Platform.Audit;
using Microsoft.EntityFrameworkCore;

namespace Egov.Identity.Sessions;

/// <summary>
/// A person's own sessions, for the account page: listing them, ending one, ending all. Only the owner's rows
/// are ever touched: an id of someone else's session is treated as one that does not exist.
/// </summary>
internal sealed class AccountSessions(IdentityModuleDbContext db, SignInEvents events, IAuditLog audit, TimeProvider time)
{
    /// <summary>How many sessions the page lists, newest first (live ones always come first in practice).</summary>
    public const int Shown = 30;

    public async Task<IReadOnlyList<AccountSession>> ListAsync(Guid accountId, CancellationToken cancellationToken) =>
        await db.Sessions.AsNoTracking()
            .Where(s => s.AccountId == accountId)
            .OrderByDescending(s => s.StartedAt)
            .Take(Shown)
            .ToListAsync(cancellationToken);

    /// <summary>Ends one of the account's sessions; false when the account has no such session.</summary>
    public async Task<bool> RevokeAsync(Guid accountId, Guid sessionId, CancellationToken cancellationToken)
    {
        if (!await db.Sessions.AnyAsync(s => s.Id == sessionId && s.AccountId == accountId, cancellationToken))
        {
            return false;
        }

        // The row's end and its event commit together: nothing is published for a session that did not end.
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            if (await ServerSessions.EndAsync(db, sessionId, SessionEndReason.Revoked, Now, cancellationToken) == 0)
            {
                return true;
            }

            await events.SessionRevokedAsync(accountId, sessionId, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await audit.AppendAsync(new AuditRecord($"account:{accountId}", "identity.session.revoke", $"session:{sessionId}"), cancellationToken);
        return true;
    }

    /// <summary>Ends every live session of the account, the caller's own included; returns how many.</summary>
    public async Task<int> EndAllAsync(Guid accountId, CancellationToken cancellationToken)
    {
        var now = Now;
        int ended;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            ended = await db.Sessions.Where(s => s.AccountId == accountId && s.EndedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now).SetProperty(x => x.EndReason, SessionEndReason.SignedOutEverywhere), cancellationToken);
            await events.SignedOutEverywhereAsync(accountId, ended, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await audit.AppendAsync(new AuditRecord($"account:{accountId}", "identity.session.signOutEverywhere", $"account:{accountId}"), cancellationToken);
        return ended;
    }

    private DateTime Now => time.GetUtcNow().UtcDateTime;
}
