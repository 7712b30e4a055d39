using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Egov.Platform.Data;
using Egov.Platform.Keys;
using Egov.Platform.Packs;
using Egov.Platform.Tests.Support;
using Egov.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Egov.Platform.Tests.Keys;

public sealed class KeyStoreTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetCurrent_OnAFreshDatabase_CreatesAKeyCertifiedByTheIssuingCa()
    {
        await using var database = await TestDatabase.CreateAsync(Ct);
        await using var host = await BuildAsync(database);

        var key = await host.GetRequiredService<IKeyStore>().GetCurrentAsync(KeyRing.DocumentSigning, Ct);

        Assert.Equal("document-signing-1", key.KeyId);
        var ca = Assert.Single(key.Issuers);
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(ca);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        Assert.True(chain.Build(key.Certificate), string.Join("; ", chain.ChainStatus.Select(s => s.StatusInformation)));
        Assert.Contains("Republic of Korea", key.Certificate.Subject, StringComparison.Ordinal);
        Assert.Equal("1.3.6.1.5.5.7.3.36", Assert.Single(key.Certificate.Extensions.OfType<X509EnhancedKeyUsageExtension>().Single().EnhancedKeyUsages.Cast<Oid>()).Value);
    }

    [Fact]
    public async Task AgencySeal_OnFirstUse_IsADocumentSigningKeyNamingTheAgency_CertifiedByTheIssuingCa()
    {
        await using var database = await TestDatabase.CreateAsync(Ct);
        await using var host = await BuildAsync(database);
        var store = host.GetRequiredService<IKeyStore>();
        var ring = KeyRing.AgencySeal("1741000", "Ministry of the Interior and Safety Seal");

        var seal = await store.GetCurrentAsync(ring, Ct);
        var signing = await store.GetCurrentAsync(KeyRing.DocumentSigning, Ct);

        Assert.Equal("agency-seal-1741000-1", seal.KeyId);
        Assert.Contains("CN=Republic of Korea Ministry of the Interior and Safety Seal 1", seal.Certificate.Subject, StringComparison.Ordinal);
        Assert.Equal(signing.Issuers[0].Thumbprint, Assert.Single(seal.Issuers).Thumbprint);
        Assert.NotEqual(signing.Certificate.GetPublicKeyString(), seal.Certificate.GetPublicKeyString());
        Assert.Equal("1.3.6.1.5.5.7.3.36", Assert.Single(seal.Certificate.Extensions.OfType<X509EnhancedKeyUsageExtension>().Single().EnhancedKeyUsages.Cast<Oid>()).Value);
        Assert.Equal("agency-seal-1741000-1", Assert.Single(await store.GetPublishedAsync(ring, Ct)).KeyId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("17 41")]
    [InlineData("../x")]
    public void AgencySeal_WithACodeThatIsNotPlain_IsRefused(string code) =>
        Assert.Throws<ArgumentException>(() => KeyRing.AgencySeal(code, "Seal"));

    [Fact]
    public async Task TimeStampingKey_HasTimeStampingAsItsOnlyCriticalExtendedUsage()
    {
        await using var database = await TestDatabase.CreateAsync(Ct);
        await using var host = await BuildAsync(database);

        var key = await host.GetRequiredService<IKeyStore>().GetCurrentAsync(KeyRing.TimeStamping, Ct);

        var usage = key.Certificate.Extensions.OfType<X509EnhancedKeyUsageExtension>().Single();
        Assert.True(usage.Critical);
        Assert.Equal("1.3.6.1.5.5.7.3.8", Assert.Single(usage.EnhancedKeyUsages.Cast<Oid>()).Value);
    }

    [Fact]
    public async Task PrivateKeys_AreNotStoredInClear()
    {
        await using var database = await TestDatabase.CreateAsync(Ct);
        await using var host = await BuildAsync(database);
        var key = await host.GetRequiredService<IKeyStore>().GetCurrentAsync(KeyRing.Credentials, Ct);

        await using var scope = host.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Set<StoredKey>().AsNoTracking()
            .SingleAsync(k => k.Ring == KeyRing.Credentials.Name, Ct);
        var clear = key.PrivateKey.ExportPkcs8PrivateKey();
        Assert.DoesNotContain(Convert.ToBase64String(clear), stored.ProtectedPrivateKey, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToBase64String(key.PrivateKey.ExportParameters(true).D!), stored.ProtectedPrivateKey, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoHostCopies_SignWithTheSameKey()
    {
        await using var database = await TestDatabase.CreateAsync(Ct);
        await using var first = await BuildAsync(database);
        await using var second = PlatformServices.Build(database, new FakeTimeProvider(DateTimeOffset.UtcNow), AddPack);

        var one = await first.GetRequiredService<IKeyStore>().GetCurrentAsync(KeyRing.DocumentSigning, Ct);
        var other = await second.GetRequiredService<IKeyStore>().GetCurrentAsync(KeyRing.DocumentSigning, Ct);

        var data = Encoding.UTF8.GetBytes("certificate");
        var signature = one.PrivateKey.SignData(data, HashAlgorithmName.SHA256);
        Assert.True(other.Certificate.GetECDsaPublicKey()!.VerifyData(data, signature, HashAlgorithmName.SHA256));
        Assert.Equal(one.Certificate.Thumbprint, other.Certificate.Thumbprint);
    }

    [Fact]
    public async Task Rotate_MakesANewKeyCurrentAndKeepsTheOldOnePublished()
    {
        await using var database = await TestDatabase.CreateAsync(Ct);
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await BuildAsync(database, time);
        var store = host.GetRequiredService<IKeyStore>();
        var before = await store.GetCurrentAsync(KeyRing.Credentials, Ct);

        var rotated = await store.RotateAsync(KeyRing.Credentials, Ct);

        Assert.Equal("credentials-2", rotated.KeyId);
        Assert.Equal("credentials-2", (await store.GetCurrentAsync(KeyRing.Credentials, Ct)).KeyId);
        var published = await store.GetPublishedAsync(KeyRing.Credentials, Ct);
        Assert.Equal(["credentials-2", "credentials-1"], published.Select(k => k.KeyId));
        Assert.Equal([true, false], published.Select(k => k.IsCurrent));
        Assert.Equal(before.Certificate.Thumbprint, published[1].Certificate.Thumbprint);
        Assert.False(published[1].Certificate.HasPrivateKey);
    }

    [Fact]
    public async Task RotatingTheCa_MakesLaterKeysChainToTheNewCa()
    {
        await using var database = await TestDatabase.CreateAsync(Ct);
        await using var host = await BuildAsync(database);
        var store = host.GetRequiredService<IKeyStore>();
        var first = await store.GetCurrentAsync(KeyRing.DocumentSigning, Ct);

        var newCa = await store.RotateAsync(KeyRing.IssuingCa, Ct);
        await store.RotateAsync(KeyRing.DocumentSigning, Ct);
        var second = await store.GetCurrentAsync(KeyRing.DocumentSigning, Ct);

        Assert.Equal(newCa.Certificate.Thumbprint, Assert.Single(second.Issuers).Thumbprint);
        Assert.NotEqual(first.Issuers[0].Thumbprint, second.Issuers[0].Thumbprint);
    }

    [Fact]
    public async Task AnotherCopysRotation_IsTakenUpWithinAMinute()
    {
        await using var database = await TestDatabase.CreateAsync(Ct);
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var signer = await BuildAsync(database, time);
        await using var operatorCopy = PlatformServices.Build(database, time, AddPack);
        Assert.Equal("credentials-1", (await signer.GetRequiredService<IKeyStore>().GetCurrentAsync(KeyRing.Credentials, Ct)).KeyId);

        await operatorCopy.GetRequiredService<IKeyStore>().RotateAsync(KeyRing.Credentials, Ct);
        var soon = (await signer.GetRequiredService<IKeyStore>().GetCurrentAsync(KeyRing.Credentials, Ct)).KeyId;
        time.Advance(TimeSpan.FromMinutes(1));
        var later = (await signer.GetRequiredService<IKeyStore>().GetCurrentAsync(KeyRing.Credentials, Ct)).KeyId;

        Assert.Equal("credentials-1", soon);
        Assert.Equal("credentials-2", later);
    }

    private static void AddPack(IServiceCollection services) => services.AddSingleton(TestPacks.Korea());

    private static Task<ServiceProvider> BuildAsync(TestDatabase database, FakeTimeProvider? time = null) =>
        PlatformServices.BuildMigratedAsync(database, time ?? new FakeTimeProvider(DateTimeOffset.UtcNow), AddPack);
}
