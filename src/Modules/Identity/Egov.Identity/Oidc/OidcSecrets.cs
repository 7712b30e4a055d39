using Egov.Identity.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Identity.Oidc;

/// <summary>
/// Key material of the OpenID Connect provider, held in the database so every host copy uses the same. The
/// first copy to need an item creates it; its insert on the fixed id wins and every other copy reads that one.
/// </summary>
internal sealed class OidcSecrets(IServiceScopeFactory scopes, IDataProtectionProvider protection, TimeProvider time)
{
    private readonly IDataProtector protector = protection.CreateProtector("Egov.Identity.OidcKeys");

    public byte[] GetOrCreate(string id, OidcKeyUse use, Func<byte[]> create)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityModuleDbContext>();
        var stored = db.OidcKeys.AsNoTracking().SingleOrDefault(k => k.Id == id);
        if (stored is null)
        {
            db.OidcKeys.Add(new OidcKey
            {
                Id = id,
                Use = use,
                ProtectedPrivateKey = protector.Protect(Convert.ToBase64String(create())),
                CreatedAt = time.GetUtcNow().UtcDateTime,
            });
            try
            {
                db.SaveChanges();
            }
            catch (DbUpdateException)
            {
                // Another copy created it first: use theirs.
            }

            db.ChangeTracker.Clear();
            stored = db.OidcKeys.AsNoTracking().Single(k => k.Id == id);
        }

        return Convert.FromBase64String(protector.Unprotect(stored.ProtectedPrivateKey));
    }
}
