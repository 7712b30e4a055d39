using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Egov.Platform.Keys;

/// <summary>
/// A ring's key that signs: its id (<c>ring-version</c>, what tokens name in <c>kid</c>), its private key (an
/// HSM-backed store would hand out a key object that never leaves the module), its certificate with that key, and
/// the certificates above it up to the root CA. The store owns it: callers use it and never dispose it.
/// </summary>
public sealed class SigningKey(KeyRing ring, int version, ECDsa privateKey, X509Certificate2 certificate, IReadOnlyList<X509Certificate2> issuers)
{
    public KeyRing Ring { get; } = ring;

    /// <summary>1, 2, …: the ring's keys in the order they were made.</summary>
    public int Version { get; } = version;

    /// <summary>The key's id, as tokens name it (<c>kid</c>) and DID documents list it: <c>ring-version</c>.</summary>
    public string KeyId => KeyIds.Of(Ring.Name, Version);

    public ECDsa PrivateKey { get; } = privateKey;

    /// <summary>The key's certificate, carrying the private key (for APIs such as CMS signing that take one).</summary>
    public X509Certificate2 Certificate { get; } = certificate;

    /// <summary>The issuing CA's certificate(s), nearest first; empty for the CA itself.</summary>
    public IReadOnlyList<X509Certificate2> Issuers { get; } = issuers;
}

/// <summary>A ring's key as verifiers see it: public certificate only, and whether it still signs.</summary>
public sealed record PublishedKey(string Ring, int Version, X509Certificate2 Certificate, bool IsCurrent, DateTime CreatedAt)
{
    public string KeyId => KeyIds.Of(Ring, Version);
}

internal static class KeyIds
{
    public static string Of(string ring, int version) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{ring}-{version}");
}
