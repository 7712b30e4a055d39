using System.Globalization;
using Egov.Identity.Contracts;
using Egov.Platform.Audit;
using Egov.Platform.Packs;
using Egov.Registries.Data;
using Egov.Registries.Domain;
using Microsoft.EntityFrameworkCore;

namespace Egov.Registries.Exchange;

/// <summary>Why a grant was not made.</summary>
internal enum GrantRefusal
{
    UnknownClient,
    UnknownPurpose,
    AlreadyGranted,
}

/// <summary>
/// Administrators' decisions which client may use which purpose or follow which feed. A grant names a client the
/// provider knows and a purpose or feed of the pack (their codes are one set); revoking keeps the row (the access
/// log keeps referring to what held). Audited under the client (<c>registries.grant.add</c>, <c>registries.grant.revoke</c>).
/// </summary>
internal sealed class ExchangeGrants(RegistriesDbContext db, CountryPack pack, IPartnerNames partners, IAuditLog audit, TimeProvider time)
{
    /// <summary>Grants in force, by client then purpose.</summary>
    public Task<List<ExchangeGrant>> InForceAsync(CancellationToken cancellationToken) =>
        db.ExchangeGrants.AsNoTracking().Where(g => g.RevokedAt == null)
            .OrderBy(g => g.ClientId).ThenBy(g => g.Purpose).ToListAsync(cancellationToken);

    public async Task<GrantRefusal?> GrantAsync(string clientId, string purpose, string actor, CancellationToken cancellationToken)
    {
        if (pack.Exchange.Purpose(purpose) is null && pack.Exchange.Feed(purpose) is null)
        {
            return GrantRefusal.UnknownPurpose;
        }

        if (await partners.NameAsync(clientId, CultureInfo.InvariantCulture, cancellationToken) is null)
        {
            return GrantRefusal.UnknownClient;
        }

        if (await db.ExchangeGrants.AnyAsync(g => g.ClientId == clientId && g.Purpose == purpose && g.RevokedAt == null, cancellationToken))
        {
            return GrantRefusal.AlreadyGranted;
        }

        db.ExchangeGrants.Add(new ExchangeGrant
        {
            Id = Guid.CreateVersion7(), ClientId = clientId, Purpose = purpose, GrantedAt = time.GetUtcNow().UtcDateTime, GrantedBy = actor,
        });
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(new AuditRecord(actor, "registries.grant.add", $"client:{clientId}", Purpose: purpose), cancellationToken);
        return null;
    }

    /// <summary>Revokes a grant in force: the client's next request for the purpose is refused. False when there is none.</summary>
    public async Task<bool> RevokeAsync(Guid id, string actor, CancellationToken cancellationToken)
    {
        var grant = await db.ExchangeGrants.SingleOrDefaultAsync(g => g.Id == id && g.RevokedAt == null, cancellationToken);
        if (grant is null)
        {
            return false;
        }

        grant.RevokedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(new AuditRecord(actor, "registries.grant.revoke", $"client:{grant.ClientId}", Purpose: grant.Purpose), cancellationToken);
        return true;
    }
}
