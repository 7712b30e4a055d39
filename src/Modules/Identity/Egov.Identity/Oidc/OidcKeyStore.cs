using System.Security.Cryptography;
using Egov.Identity.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;

namespace Egov.Identity.Oidc;

/// <summary>
/// Gives the OpenID Connect provider its keys from the database, so every host copy signs ID tokens and
/// protects codes and refresh tokens with the same keys. The first copy to need a key creates it; its
/// insert on the fixed id wins and every other copy reads that one.
/// </summary>
internal sealed class OidcKeyStore(IServiceScopeFactory scopes, IDataProtectionProvider protection, TimeProvider time)
    : IConfigureOptions<OpenIddictServerOptions>
{
    private const string SigningKeyId = "sig-1";
    private const string EncryptionKeyId = "enc-1";

    public void Configure(OpenIddictServerOptions options)
    {
        // Options are built once, on the first OpenID Connect request, after migrations ran.
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityModuleDbContext>();
        var protector = protection.CreateProtector("Egov.Identity.OidcKeys");
        options.SigningCredentials.Add(new SigningCredentials(Load(db, protector, SigningKeyId, OidcKeyUse.Signing), SecurityAlgorithms.RsaSha256));
        options.EncryptionCredentials.Add(new EncryptingCredentials(
            Load(db, protector, EncryptionKeyId, OidcKeyUse.Encryption), SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512));
    }

    private RsaSecurityKey Load(IdentityModuleDbContext db, IDataProtector protector, string id, OidcKeyUse use)
    {
        var stored = db.OidcKeys.AsNoTracking().SingleOrDefault(k => k.Id == id);
        if (stored is null)
        {
            using var fresh = RSA.Create(2048);
            db.OidcKeys.Add(new OidcKey
            {
                Id = id,
                Use = use,
                ProtectedPrivateKey = protector.Protect(Convert.ToBase64String(fresh.ExportPkcs8PrivateKey())),
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

        var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(Convert.FromBase64String(protector.Unprotect(stored.ProtectedPrivateKey)), out _);
        return new RsaSecurityKey(rsa) { KeyId = id };
    }
}
