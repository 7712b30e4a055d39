namespace Egov.Platform.Keys;

/// <summary>What a ring's keys may do; decides the key usages and extended key usages of their certificates.</summary>
public enum KeyPurpose
{
    /// <summary>Certifies the other rings' keys (the pack's issuing CA).</summary>
    CertificateAuthority,

    /// <summary>Signs issued documents (PAdES).</summary>
    DocumentSigning,

    /// <summary>Signs RFC 3161 time-stamp tokens.</summary>
    TimeStamping,

    /// <summary>Signs verifiable credentials, status lists and offline QR payloads.</summary>
    CredentialSigning,
}

/// <summary>
/// A named series of keys of one purpose: one is current (signs), earlier ones stay published until retired so
/// what they signed still verifies. <see cref="Lifetime"/> is how long a new key's certificate is valid.
/// </summary>
public sealed record KeyRing(string Name, KeyPurpose Purpose, string CommonName, TimeSpan Lifetime)
{
    public static readonly KeyRing IssuingCa = new("issuing-ca", KeyPurpose.CertificateAuthority, "Issuing CA", TimeSpan.FromDays(3652));

    public static readonly KeyRing DocumentSigning = new("document-signing", KeyPurpose.DocumentSigning, "Document Signing", TimeSpan.FromDays(730));

    public static readonly KeyRing TimeStamping = new("time-stamping", KeyPurpose.TimeStamping, "Time-Stamping Authority", TimeSpan.FromDays(730));

    public static readonly KeyRing Credentials = new("credentials", KeyPurpose.CredentialSigning, "Credential Issuer", TimeSpan.FromDays(730));

    /// <summary>Every ring the platform uses, the CA first (the others' certificates need it).</summary>
    public static IReadOnlyList<KeyRing> All { get; } = [IssuingCa, DocumentSigning, TimeStamping, Credentials];

    public static KeyRing? Find(string name) => All.FirstOrDefault(r => r.Name == name);
}
