using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Egov.Platform.Pdf;

/// <summary>The CMS attributes the platform's signatures carry beyond what SignedCms adds by itself.</summary>
public static class CmsAttributes
{
    /// <summary>id-aa-signingCertificateV2 (RFC 5035).</summary>
    public static readonly Oid SigningCertificateV2 = new("1.2.840.113549.1.9.16.2.47");

    /// <summary>id-aa-signatureTimeStampToken (RFC 3161 appendix A): an unsigned attribute over the signature value.</summary>
    public static readonly Oid SignatureTimeStamp = new("1.2.840.113549.1.9.16.2.14");

    /// <summary>id-sha256, the digest of every signature the platform makes.</summary>
    public static readonly Oid Sha256 = new("2.16.840.1.101.3.4.2.1");

    /// <summary>
    /// ESS signing-certificate-v2: binds the signature to the signer's certificate by its SHA-256 hash (and issuer and
    /// serial), so nobody can swap in another certificate for the same key. PAdES and RFC 5816 time-stamps require it.
    /// </summary>
    public static AsnEncodedData SigningCertificate(X509Certificate2 certificate)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            using (writer.PushSequence())
            {
                using (writer.PushSequence())
                {
                    // hashAlgorithm is left out: SHA-256 is its DEFAULT, which DER must not write.
                    writer.WriteOctetString(SHA256.HashData(certificate.RawData));
                    using (writer.PushSequence())
                    {
                        using (writer.PushSequence())
                        {
                            var directoryName = new Asn1Tag(TagClass.ContextSpecific, 4, isConstructed: true);
                            writer.PushSequence(directoryName);
                            writer.WriteEncodedValue(certificate.IssuerName.RawData);
                            writer.PopSequence(directoryName);
                        }

                        writer.WriteInteger(certificate.SerialNumberBytes.Span);
                    }
                }
            }
        }

        return new AsnEncodedData(SigningCertificateV2, writer.Encode());
    }
}
