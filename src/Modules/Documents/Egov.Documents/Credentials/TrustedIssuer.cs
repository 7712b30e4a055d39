using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Egov.Platform.Keys;

namespace Egov.Documents.Credentials;

/// <summary>
/// An issuer a verifier trusts: its DID and the public keys its DID document lists (the published Credentials keys),
/// by key id. A <c>kid</c> naming another DID, or a key it does not list, is an unknown key.
/// </summary>
internal sealed class TrustedIssuer
{
    private readonly Dictionary<string, ECDsa> keys = new(StringComparer.Ordinal);

    public TrustedIssuer(string did, IReadOnlyList<PublishedKey> publishedKeys)
    {
        ArgumentException.ThrowIfNullOrEmpty(did);
        ArgumentNullException.ThrowIfNull(publishedKeys);
        Did = did;
        foreach (var key in publishedKeys)
        {
            if (key.Certificate.GetECDsaPublicKey() is { } publicKey)
            {
                keys[key.KeyId] = publicKey;
            }
        }
    }

    public string Did { get; }

    /// <summary>The key a key id (<c>credentials-1</c>) names, or null.</summary>
    public ECDsa? Find(string keyId) => keys.GetValueOrDefault(keyId);

    /// <summary>The key a JOSE <c>kid</c> (<c>did:web:…#credentials-1</c>) names, or null when it is not this issuer's.</summary>
    public ECDsa? FindByKid(string kid)
    {
        var hash = kid.IndexOf('#', StringComparison.Ordinal);
        return hash == Did.Length && kid.StartsWith(Did, StringComparison.Ordinal) ? Find(kid[(hash + 1)..]) : null;
    }

    public static string Kid(string did, string keyId) => did + "#" + keyId;
}
