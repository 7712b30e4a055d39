namespace Egov.Identity.Data;

/// <summary>
/// A signing or encryption key of the OpenID Connect provider. Held in the database so every host copy signs
/// and reads tokens with the same keys; the private part is encrypted with the platform's data protection.
/// </summary>
internal sealed class OidcKey
{
    /// <summary>Stable id, also the JWK <c>kid</c> (e.g. <c>sig-1</c>): the key a copy creates first wins.</summary>
    public string Id { get; set; } = "";

    public OidcKeyUse Use { get; set; }

    /// <summary>The key material (an RSA private key as PKCS#8, or a secret), protected with the data-protection key ring.</summary>
    public string ProtectedPrivateKey { get; set; } = "";

    public DateTime CreatedAt { get; set; }
}

/// <summary>What a key is for.</summary>
internal enum OidcKeyUse
{
    Signing = 0,
    Encryption = 1,

    /// <summary>The secret that derives pairwise subject identifiers (not an RSA key: 32 random bytes).</summary>
    Pairwise = 2,

    /// <summary>The secret keying one-time proofing code hashes and decoy phone masks (32 random bytes).</summary>
    Proofing = 3,
}
