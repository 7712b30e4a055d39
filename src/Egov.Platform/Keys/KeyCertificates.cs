using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Egov.Platform.Keys;

/// <summary>
/// The certificates of the platform's keys: a self-signed root for the issuing CA, and for every other ring a
/// certificate from the CA whose usages say what the key may sign, so a verifier (a PDF reader, an RFC 3161
/// client) accepts a key only for its own purpose.
/// </summary>
internal static class KeyCertificates
{
    // RFC 9336 id-kp-documentSigning; RFC 3161 requires timeStamping as the only, critical extended usage.
    private static readonly Oid DocumentSigningUsage = new("1.3.6.1.5.5.7.3.36", "documentSigning");
    private static readonly Oid TimeStampingUsage = new("1.3.6.1.5.5.7.3.8", "timeStamping");

    public static X509Certificate2 CreateRoot(ECDsa key, X500DistinguishedName subject, DateTimeOffset now, TimeSpan lifetime)
    {
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        return request.CreateSelfSigned(now.AddMinutes(-5), now.Add(lifetime));
    }

    public static X509Certificate2 CreateIssued(
        ECDsa key, X500DistinguishedName subject, KeyPurpose purpose, SigningKey ca, DateTimeOffset now, TimeSpan lifetime)
    {
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            purpose == KeyPurpose.TimeStamping ? X509KeyUsageFlags.DigitalSignature : X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, true));
        if (purpose == KeyPurpose.DocumentSigning)
        {
            request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([DocumentSigningUsage], false));
        }
        else if (purpose == KeyPurpose.TimeStamping)
        {
            request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([TimeStampingUsage], true));
        }

        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(ca.Certificate, true, false));
        // Never beyond the CA's own validity: a chain is only as valid as its shortest link.
        var notAfter = Min(now.Add(lifetime), new DateTimeOffset(ca.Certificate.NotAfter.ToUniversalTime()));
        using var issued = request.Create(ca.Certificate, now.AddMinutes(-5), notAfter, RandomNumberGenerator.GetBytes(16));
        return issued.CopyWithPrivateKey(key);
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
