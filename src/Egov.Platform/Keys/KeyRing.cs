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

    /// <summary>The start of every agency seal ring's name; the agency's code follows it.</summary>
    public const string AgencySealPrefix = "agency-seal-";

    /// <summary>The fixed ring named <paramref name="name"/>; null for another name (an agency seal's included).</summary>
    public static KeyRing? Find(string name) => All.FirstOrDefault(r => r.Name == name);

    /// <summary>
    /// The seal of one agency (관인): a document-signing key of its own, so a sealed official document names the agency
    /// that issued it, chained to the pack's issuing CA like the other rings and made on first use. Its certificate's
    /// common name is <paramref name="commonName"/> (the agency's name as it signs) with the country and version.
    /// </summary>
    /// <param name="agencyCode">The agency's code in the pack (letters, digits and dashes).</param>
    /// <param name="commonName">What the certificate calls the key, e.g. the agency's name and "Official Seal".</param>
    public static KeyRing AgencySeal(string agencyCode, string commonName)
    {
        // The ring name is a key column of 64 characters and shows in key ids (kid): keep it plain.
        if (string.IsNullOrEmpty(agencyCode) || agencyCode.Length > 64 - AgencySealPrefix.Length
            || !agencyCode.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            throw new ArgumentException("An agency code is 1 to 52 letters, digits or dashes.", nameof(agencyCode));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(commonName);
        return new(AgencySealPrefix + agencyCode, KeyPurpose.DocumentSigning, commonName, TimeSpan.FromDays(730));
    }

    /// <summary>The agency code of an agency seal ring's name; null for any other name.</summary>
    public static string? AgencyCodeOf(string ringName) =>
        ringName is not null && ringName.StartsWith(AgencySealPrefix, StringComparison.Ordinal) && ringName.Length > AgencySealPrefix.Length
            ? ringName[AgencySealPrefix.Length..]
            : null;
}
