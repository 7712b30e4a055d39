using Egov.Platform.Audit;
using Egov.Platform.Packs;
using Egov.Registries.Data;
using Egov.Registries.Domain;
using Microsoft.EntityFrameworkCore;

namespace Egov.Registries.Exchange;

/// <summary>A client and purpose the person may consent to, with their consent as it stands.</summary>
/// <param name="ClientId">The client granted the purpose.</param>
/// <param name="Purpose">The purpose (it needs consent).</param>
/// <param name="InForce">The consent in force, or null.</param>
/// <param name="LastRevokedAt">When the latest consent was revoked, when none is in force.</param>
internal sealed record ConsentOffer(string ClientId, ExchangePurpose Purpose, ExchangeConsent? InForce, DateTime? LastRevokedAt);

/// <summary>
/// A resident's consents to the exchange: only for a client granted a purpose that needs consent (nobody can
/// consent to what no client may ask). Giving and revoking are audited under the person, who sees them in their log.
/// </summary>
internal sealed class ExchangeConsents(RegistriesDbContext db, CountryPack pack, IAuditLog audit, TimeProvider time)
{
    public async Task<IReadOnlyList<ConsentOffer>> OffersAsync(Guid resident, CancellationToken cancellationToken)
    {
        var grants = await db.ExchangeGrants.AsNoTracking().Where(g => g.RevokedAt == null)
            .OrderBy(g => g.ClientId).ThenBy(g => g.Purpose).ToListAsync(cancellationToken);
        var consents = await db.ExchangeConsents.AsNoTracking().Where(c => c.ResidentId == resident).ToListAsync(cancellationToken);
        var offers = new List<ConsentOffer>();
        foreach (var grant in grants)
        {
            if (pack.Exchange.Purpose(grant.Purpose) is not { NeedsConsent: true } purpose)
            {
                continue;
            }

            var mine = consents.Where(c => c.ClientId == grant.ClientId && c.Purpose == grant.Purpose).ToList();
            offers.Add(new ConsentOffer(
                grant.ClientId, purpose, mine.FirstOrDefault(c => c.IsInForce), mine.Max(c => c.RevokedAt)));
        }

        return offers;
    }

    /// <summary>False when nothing can be consented to for this client and purpose (no such grant needing consent).</summary>
    public async Task<bool> GiveAsync(Guid resident, string actor, string clientId, string purpose, CancellationToken cancellationToken)
    {
        var offer = (await OffersAsync(resident, cancellationToken)).FirstOrDefault(o => o.ClientId == clientId && o.Purpose.Code == purpose);
        if (offer is null)
        {
            return false;
        }

        if (offer.InForce is null)
        {
            db.ExchangeConsents.Add(new ExchangeConsent
            {
                Id = Guid.CreateVersion7(), ResidentId = resident, ClientId = clientId, Purpose = purpose, GivenAt = time.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync(cancellationToken);
            await AuditAsync("registries.consent.give", resident, actor, clientId, offer.Purpose, cancellationToken);
        }

        return true;
    }

    /// <summary>Revokes at once: the next exchange request for this client and purpose is refused. False when none was in force.</summary>
    public async Task<bool> RevokeAsync(Guid resident, string actor, string clientId, string purpose, CancellationToken cancellationToken)
    {
        var inForce = await db.ExchangeConsents
            .Where(c => c.ResidentId == resident && c.ClientId == clientId && c.Purpose == purpose && c.RevokedAt == null)
            .ToListAsync(cancellationToken);
        if (inForce.Count == 0)
        {
            return false;
        }

        var now = time.GetUtcNow().UtcDateTime;
        inForce.ForEach(c => c.RevokedAt = now);
        await db.SaveChangesAsync(cancellationToken);
        await AuditAsync("registries.consent.revoke", resident, actor, clientId, pack.Exchange.Purpose(purpose), cancellationToken);
        return true;
    }

    private async Task AuditAsync(string action, Guid resident, string actor, string clientId, ExchangePurpose? purpose, CancellationToken cancellationToken) =>
        await audit.AppendAsync(
            new AuditRecord(actor, action, $"resident:{resident}", Purpose: purpose?.Code, LegalBasis: $"the person's consent to client:{clientId}"),
            cancellationToken);
}
