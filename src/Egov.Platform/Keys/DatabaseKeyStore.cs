using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Egov.Platform.Data;
using Egov.Platform.Packs;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Platform.Keys;

/// <summary>
/// <see cref="IKeyStore"/> in the platform's database: private keys wrapped by the data-protection keys, so a copy
/// of the table alone reveals nothing. A current key is kept in memory for a minute, then the table is asked again,
/// so a rotation made by another host copy or the CLI is taken up within a minute.
/// </summary>
internal sealed class DatabaseKeyStore(IServiceScopeFactory scopes, IDataProtectionProvider protection, CountryPack pack, TimeProvider time) : IKeyStore
{
    private static readonly TimeSpan Freshness = TimeSpan.FromMinutes(1);

    private readonly IDataProtector protector = protection.CreateProtector("Egov.Platform.Keys");
    private readonly ConcurrentDictionary<string, (SigningKey Key, int Version, DateTimeOffset CheckedAt)> current = new();

    public async Task<SigningKey> GetCurrentAsync(KeyRing ring, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ring);
        var now = time.GetUtcNow();
        if (current.TryGetValue(ring.Name, out var cached) && now - cached.CheckedAt < Freshness)
        {
            return cached.Key;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var newest = await NewestAsync(db, ring, cancellationToken) ?? await CreateAsync(ring, 1, cancellationToken);
        var key = cached.Key is { } known && cached.Version == newest.Version ? known : await OpenAsync(db, ring, newest, cancellationToken);
        current[ring.Name] = (key, newest.Version, now);
        return key;
    }

    public async Task<IReadOnlyList<PublishedKey>> GetPublishedAsync(KeyRing ring, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ring);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var rows = await db.Set<StoredKey>().AsNoTracking().Where(k => k.Ring == ring.Name)
            .OrderByDescending(k => k.Version).ToListAsync(cancellationToken);
        return [.. rows.Select((row, i) => Published(row, isCurrent: i == 0))];
    }

    public async Task<PublishedKey> RotateAsync(KeyRing ring, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ring);
        int version;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            version = ((await NewestAsync(db, ring, cancellationToken))?.Version ?? 0) + 1;
        }

        var created = await CreateAsync(ring, version, cancellationToken);
        current.TryRemove(ring.Name, out _);
        return Published(created, isCurrent: true);
    }

    private static Task<StoredKey?> NewestAsync(PlatformDbContext db, KeyRing ring, CancellationToken cancellationToken) =>
        db.Set<StoredKey>().AsNoTracking().Where(k => k.Ring == ring.Name).OrderByDescending(k => k.Version).FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// Stores version <paramref name="version"/> of the ring; when another host copy stored it first (the key is
    /// (ring, version)), theirs is the one returned, so every copy signs with the same key.
    /// </summary>
    private async Task<StoredKey> CreateAsync(KeyRing ring, int version, CancellationToken cancellationToken)
    {
        var ca = ring.Purpose == KeyPurpose.CertificateAuthority ? null : await GetCurrentAsync(KeyRing.IssuingCa, cancellationToken);
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var subject = Subject(ring, version);
        var now = time.GetUtcNow();
        using var certificate = ca is null
            ? KeyCertificates.CreateRoot(key, subject, now, ring.Lifetime)
            : KeyCertificates.CreateIssued(key, subject, ring.Purpose, ca, now, ring.Lifetime);
        var row = new StoredKey
        {
            Ring = ring.Name, Version = version,
            ProtectedPrivateKey = protector.Protect(Convert.ToBase64String(key.ExportPkcs8PrivateKey())),
            Certificate = certificate.Export(X509ContentType.Cert), IssuerVersion = ca?.Version,
            CreatedAt = now.UtcDateTime,
        };
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        return await TryInsertAsync(db, row, cancellationToken)
            ? row
            : await db.Set<StoredKey>().AsNoTracking().SingleAsync(k => k.Ring == ring.Name && k.Version == version, cancellationToken);
    }

    /// <summary>
    /// Inserts the row unless its (ring, version) is there already: <c>ON CONFLICT DO NOTHING</c>, which PostgreSQL and
    /// SQLite both understand. A failed SaveChanges would do the same, but EF Core logs it as an error even though the
    /// race is expected (the first signatures of a new agency seal on two host copies, or two requests of one copy).
    /// </summary>
    private static async Task<bool> TryInsertAsync(PlatformDbContext db, StoredKey row, CancellationToken cancellationToken)
    {
        var entity = db.Model.FindEntityType(typeof(StoredKey))!;
        var tableName = entity.GetTableName()!;
        var table = StoreObjectIdentifier.Table(tableName, entity.GetSchema());
        string Column(string property) => $"\"{entity.FindProperty(property)!.GetColumnName(table)}\"";
        var name = entity.GetSchema() is { } schema ? $"\"{schema}\".\"{tableName}\"" : $"\"{tableName}\"";
        // Only names from the model go into the text; the values are parameters.
        var sql = $"INSERT INTO {name} ({Column(nameof(StoredKey.Ring))}, {Column(nameof(StoredKey.Version))}, "
            + $"{Column(nameof(StoredKey.ProtectedPrivateKey))}, {Column(nameof(StoredKey.Certificate))}, "
            + $"{Column(nameof(StoredKey.IssuerVersion))}, {Column(nameof(StoredKey.CreatedAt))}) "
            + $"VALUES ({{0}}, {{1}}, {{2}}, {{3}}, {(row.IssuerVersion is null ? "NULL" : "{5}")}, {{4}}) ON CONFLICT DO NOTHING";
        // A CA's key has no issuer: written as NULL, since a null parameter has no type EF Core can map.
        object[] values = row.IssuerVersion is { } issuer
            ? [row.Ring, row.Version, row.ProtectedPrivateKey, row.Certificate, row.CreatedAt, issuer]
            : [row.Ring, row.Version, row.ProtectedPrivateKey, row.Certificate, row.CreatedAt];
        return await db.Database.ExecuteSqlRawAsync(sql, values, cancellationToken) == 1;
    }

    private async Task<SigningKey> OpenAsync(PlatformDbContext db, KeyRing ring, StoredKey row, CancellationToken cancellationToken)
    {
        var key = ECDsa.Create();
        key.ImportPkcs8PrivateKey(Convert.FromBase64String(protector.Unprotect(row.ProtectedPrivateKey)), out _);
        using var certificate = X509CertificateLoader.LoadCertificate(row.Certificate);
        var issuers = new List<X509Certificate2>();
        if (row.IssuerVersion is { } issuerVersion)
        {
            var ca = await db.Set<StoredKey>().AsNoTracking()
                .SingleAsync(k => k.Ring == KeyRing.IssuingCa.Name && k.Version == issuerVersion, cancellationToken);
            issuers.Add(X509CertificateLoader.LoadCertificate(ca.Certificate));
        }

        return new SigningKey(ring, row.Version, key, certificate.CopyWithPrivateKey(key), issuers);
    }

    private static PublishedKey Published(StoredKey row, bool isCurrent) =>
        new(row.Ring, row.Version, X509CertificateLoader.LoadCertificate(row.Certificate), isCurrent, row.CreatedAt);

    /// <summary>The pack's country in the name, so a verifier sees whose government signed; the version tells rotated keys apart.</summary>
    private X500DistinguishedName Subject(KeyRing ring, int version)
    {
        var country = pack.Names.TryGetValue("en", out var english) ? english : pack.Names.GetValueOrDefault(pack.DefaultLanguage, pack.Code);
        var name = new X500DistinguishedNameBuilder();
        if (pack.Code.Length == 2)
        {
            name.AddCountryOrRegion(pack.Code.ToUpperInvariant());
        }

        name.AddOrganizationName($"Enjoy e-Gov ({country})");
        name.AddCommonName($"{country} {ring.CommonName} {version}");
        return name.Build();
    }
}
