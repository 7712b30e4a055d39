namespace Egov.Platform.Keys;

/// <summary>
/// One key of a ring as the database keeps it: the PKCS#8 private key protected by the data-protection keys
/// (never in clear at rest) and the DER certificate.
/// </summary>
internal sealed class StoredKey
{
    public string Ring { get; set; } = "";

    /// <summary>1, 2, …: the newest is current.</summary>
    public int Version { get; set; }

    public string ProtectedPrivateKey { get; set; } = "";

    public byte[] Certificate { get; set; } = [];

    /// <summary>The version of the issuing CA's key that certified this one; null for the CA's own (self-signed) keys.</summary>
    public int? IssuerVersion { get; set; }

    public DateTime CreatedAt { get; set; }
}
