using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using Egov.Platform.Keys;

namespace Egov.Platform.Pdf;

/// <summary>
/// The CMS of a PAdES baseline signature (ETSI EN 319 142-1): detached SignedData over the PDF's byte ranges, signed
/// attributes content-type, message-digest and signing-certificate-v2 and nothing else: no signing-time, because PAdES
/// puts the claimed time in the signature dictionary (/M). The signer's certificate and its CA chain are included so
/// a reader can build the path. With a TSA, the signature value is time-stamped (B-T).
/// </summary>
internal static class CadesSignature
{
    public static async Task<byte[]> CreateAsync(byte[] signedBytes, SigningKey key, ITimeStampAuthority? tsa, CancellationToken cancellationToken)
    {
        var cms = new SignedCms(new ContentInfo(signedBytes), detached: true);
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, key.Certificate, key.PrivateKey)
        {
            DigestAlgorithm = CmsAttributes.Sha256,
            IncludeOption = X509IncludeOption.None,
        };
        signer.Certificates.Add(key.Certificate);
        foreach (var issuer in key.Issuers)
        {
            signer.Certificates.Add(issuer);
        }

        // With any signed attribute present, SignedCms adds content-type and message-digest itself.
        signer.SignedAttributes.Add(CmsAttributes.SigningCertificate(key.Certificate));
        cms.ComputeSignature(signer, silent: true);

        if (tsa is not null)
        {
            var signerInfo = cms.SignerInfos[0];
            var token = await tsa.TimeStampAsync(signerInfo.GetSignature(), cancellationToken);
            signerInfo.AddUnsignedAttribute(new System.Security.Cryptography.AsnEncodedData(CmsAttributes.SignatureTimeStamp, token));
        }

        return cms.Encode();
    }
}
