using Egov.Platform.Packs;
using Egov.Platform.Persistence;
using Egov.Registries.Data;
using Egov.Registries.Domain;
using Microsoft.EntityFrameworkCore;

namespace Egov.Registries.Exchange;

/// <summary>
/// In a demo deployment only, grants the demo clients Identity registers their purposes: the bank may open
/// accounts (with the person's consent), the agency checks benefit eligibility, assesses local tax and follows
/// the move-ins and deaths local tax needs (by law).
/// </summary>
internal sealed class DemoExchangeSeeder(RegistriesDbContext db, CountryPack pack, TimeProvider time) : IDataSeeder
{
    public const string BankClientId = "demo-bank";
    public const string AgencyClientId = "demo-agency";

    private static readonly (string ClientId, string Purpose)[] Grants =
    [
        (BankClientId, "bank.account-opening"),
        (AgencyClientId, "benefits.eligibility"),
        (AgencyClientId, "tax.assessment"),
        (AgencyClientId, "local-tax.residents"),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!pack.IsDemo)
        {
            return;
        }

        var existing = await db.ExchangeGrants.Select(g => new { g.ClientId, g.Purpose }).ToListAsync(cancellationToken);
        foreach (var (clientId, purpose) in Grants.Where(g => pack.Exchange.Purpose(g.Purpose) is not null || pack.Exchange.Feed(g.Purpose) is not null))
        {
            if (!existing.Any(e => e.ClientId == clientId && e.Purpose == purpose))
            {
                db.ExchangeGrants.Add(new ExchangeGrant
                {
                    Id = StableId.For(pack.Code, "exchange-grant", $"{clientId}/{purpose}"), ClientId = clientId, Purpose = purpose,
                    GrantedAt = time.GetUtcNow().UtcDateTime, GrantedBy = "system:demo",
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
