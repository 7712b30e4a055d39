using System.Security.Cryptography;
using Egov.Registries.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Registries.Protection;

/// <summary>
/// The register's 256-bit keys, held in its own table wrapped by the platform's data-protection keys, so every
/// host copy and the CLI use the same ones. The first to need a key creates it; a racing creator loses on the
/// fixed id and reads the winner's. Read once per process.
/// </summary>
internal sealed class RegisterKeys
{
    public const string IdentifierEncryption = "identifier-encryption-v1";
    public const string IdentifierLookup = "identifier-lookup-v1";

    private readonly Lazy<byte[]> encryption;
    private readonly Lazy<byte[]> lookup;

    public RegisterKeys(IServiceScopeFactory scopes, IDataProtectionProvider protection, TimeProvider time)
    {
        var protector = protection.CreateProtector("Egov.Registries.RegisterKeys");
        encryption = new(() => Load(scopes, protector, time, IdentifierEncryption));
        lookup = new(() => Load(scopes, protector, time, IdentifierLookup));
    }

    public byte[] Encryption => encryption.Value;

    public byte[] Lookup => lookup.Value;

    private static byte[] Load(IServiceScopeFactory scopes, IDataProtector protector, TimeProvider time, string id)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistriesDbContext>();
        var stored = db.Keys.AsNoTracking().SingleOrDefault(k => k.Id == id);
        if (stored is null)
        {
            db.Keys.Add(new RegisterKey
            {
                Id = id,
                ProtectedKey = protector.Protect(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))),
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
            stored = db.Keys.AsNoTracking().Single(k => k.Id == id);
        }

        return Convert.FromBase64String(protector.Unprotect(stored.ProtectedKey));
    }
}
