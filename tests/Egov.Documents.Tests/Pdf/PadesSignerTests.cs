using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Text;
using Egov.Documents.Pdf;
using Egov.Platform.Pdf;
using Egov.Testing;

namespace Egov.Documents.Tests.Pdf;

/// <summary>PAdES signatures as poppler's pdfsig (NSS, an independent implementation) sees them.</summary>
public sealed class PadesSignerTests
{
    [Fact]
    public async Task Sign_BaselineB_PdfsigReportsAValidCadesSignature()
    {
        var path = TestFiles.Write("signed-b-b.pdf", await SignedCertificates.SignAsync(timeStamped: false));

        var report = await Poppler.SignatureReportAsync(path);

        Assert.Contains("Signature is Valid.", report, StringComparison.Ordinal);
        Assert.Contains("Signature Type: ETSI.CAdES.detached", report, StringComparison.Ordinal);
        Assert.Contains("Total document signed", report, StringComparison.Ordinal);
        Assert.Contains("Signer Certificate Common Name: Document Signing", report, StringComparison.Ordinal);
        Assert.Contains("Signing Time: Dec 06 2026 01:42:30", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_OneByteFlippedInsideTheSignedRange_PdfsigReportsInvalid()
    {
        var pdf = await SignedCertificates.SignAsync(timeStamped: false);
        var slot = PdfSignatureSlot.FindLast(pdf)!;
        pdf[slot.ContentsStart / 2] ^= 0x01;
        var path = TestFiles.Write("signed-b-b-flipped.pdf", pdf);

        var report = await Poppler.SignatureReportAsync(path);

        Assert.DoesNotContain("Signature is Valid.", report, StringComparison.Ordinal);
        Assert.Contains("Signature Validation: Digest Mismatch.", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_Cms_HasExactlyThePadesAttributesAndTheChain()
    {
        var pdf = await SignedCertificates.SignAsync(timeStamped: false);
        var cms = Cms(pdf);

        cms.CheckSignature(verifySignatureOnly: true);
        var signer = cms.SignerInfos[0];
        Assert.Equal(
            ["1.2.840.113549.1.9.16.2.47", "1.2.840.113549.1.9.3", "1.2.840.113549.1.9.4"],
            signer.SignedAttributes.Cast<CryptographicAttributeObject>().Select(a => a.Oid.Value).Order(StringComparer.Ordinal));
        Assert.Empty(signer.UnsignedAttributes);
        Assert.Equal("2.16.840.1.101.3.4.2.1", signer.DigestAlgorithm.Value);
        Assert.Equal(2, cms.Certificates.Count);
        Assert.Contains(cms.Certificates, c => c.Thumbprint == TestKeys.Instance.Root.Thumbprint);
        Assert.Matches(@"/SubFilter\s*/ETSI\.CAdES\.detached\b", Encoding.ASCII.GetString(pdf));
    }

    [Fact]
    public async Task Sign_WithTimeStampAuthority_TokenCoversTheSignatureAndVerifiesAgainstTheTsaCertificate()
    {
        var pdf = await SignedCertificates.SignAsync(timeStamped: true);
        var path = TestFiles.Write("signed-b-t.pdf", pdf);
        var signer = Cms(pdf).SignerInfos[0];
        var attribute = Assert.Single(signer.UnsignedAttributes.Cast<CryptographicAttributeObject>());

        Assert.Equal("1.2.840.113549.1.9.16.2.14", attribute.Oid.Value);
        Assert.True(Rfc3161TimestampToken.TryDecode(attribute.Values[0].RawData, out var token, out _));
        Assert.True(token.VerifySignatureForSignerInfo(signer, out var tsaCertificate));
        Assert.Equal(TestKeys.Instance.TimeStamping.Certificate.Thumbprint, tsaCertificate!.Thumbprint);
        Assert.Equal(SignedCertificates.SignedAt.AddSeconds(2), token.TokenInfo.Timestamp);
        Assert.Equal(SignedCertificates.Policy.Value, token.TokenInfo.PolicyId.Value);

        var report = await Poppler.SignatureReportAsync(path);
        Assert.Contains("Signature is Valid.", report, StringComparison.Ordinal);
    }

    private static SignedCms Cms(byte[] pdf)
    {
        var slot = PdfSignatureSlot.FindLast(pdf)!;
        var cms = new SignedCms(new ContentInfo(slot.SignedBytes(pdf)), detached: true);
        cms.Decode(slot.Contents(pdf)!);
        return cms;
    }
}
