using System.Text;
using Egov.Documents.Pdf;
using Egov.Platform.Pdf;
using Egov.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Egov.Documents.Tests.Pdf;

public sealed class PdfSignatureVerifierTests
{
    private static readonly PdfSignatureVerifier Verifier = new([TestKeys.Instance.Root], new FakeTimeProvider(SignedCertificates.SignedAt.AddDays(1)));

    [Fact]
    public async Task Check_SignedCertificate_IsValidWithItsNumberAndSigner()
    {
        var check = Verifier.Check(await SignedCertificates.SignAsync(timeStamped: false));

        Assert.Equal(PdfCheckOutcome.Valid, check.Outcome);
        Assert.Equal(SampleCertificates.DocumentNumber, check.DocumentNumber);
        Assert.Equal("CN=Document Signing, O=Enjoy e-Gov Tests, C=KR", check.SignerSubject);
        Assert.Null(check.TimeStamp);
    }

    [Fact]
    public async Task Check_TimeStampedCertificate_IsValidWithTheTimeStamp()
    {
        var check = Verifier.Check(await SignedCertificates.SignAsync(timeStamped: true));

        Assert.Equal(PdfCheckOutcome.Valid, check.Outcome);
        Assert.Equal(SignedCertificates.SignedAt.AddSeconds(2), check.TimeStamp);
    }

    [Fact]
    public async Task Check_OneByteFlippedInTheSignedRange_IsTampered()
    {
        var pdf = await SignedCertificates.SignAsync(timeStamped: true);
        pdf[pdf.Length - 200] ^= 0x20;

        Assert.Equal(PdfCheckOutcome.Tampered, Verifier.Check(pdf).Outcome);
    }

    [Fact]
    public async Task Check_IncrementalUpdateAppendedAfterSigning_IsTampered()
    {
        var pdf = await SignedCertificates.SignAsync(timeStamped: false);
        // What an editor appends to change a document without touching the signed bytes: a new version of the
        // document information with another number, a cross-reference section for it and a new trailer.
        var text = Encoding.ASCII.GetString(pdf);
        var infoRef = System.Text.RegularExpressions.Regex.Match(text, @"/Info (\d+) 0 R").Groups[1].Value;
        var startXref = text[(text.LastIndexOf("startxref", StringComparison.Ordinal) + 9)..].Trim().Split('\n')[0].Trim();
        var update = $"\n{infoRef} 0 obj\n<</EgovDocumentNumber(9999-9999-9999-9995)/Title(Forged)>>\nendobj\n";
        var objectAt = pdf.Length + 1;
        var xrefAt = pdf.Length + Encoding.ASCII.GetByteCount(update);
        update += $"xref\n{infoRef} 1\n{objectAt:D10} 00000 n \ntrailer\n<</Size {int.Parse(infoRef, System.Globalization.CultureInfo.InvariantCulture) + 100}/Info {infoRef} 0 R/Prev {startXref}>>\nstartxref\n{xrefAt}\n%%EOF\n";
        byte[] appended = [.. pdf, .. Encoding.ASCII.GetBytes(update)];
        var path = TestFiles.Write("signed-then-updated.pdf", appended);
        var (_, info) = await Poppler.RunAsync("pdfinfo", "-custom", path);
        Assert.Contains("9999-9999-9999-9995", info, StringComparison.Ordinal);

        var check = Verifier.Check(appended);

        Assert.Equal(PdfCheckOutcome.Tampered, check.Outcome);
        Assert.Equal(SampleCertificates.DocumentNumber, check.DocumentNumber);
    }

    [Fact]
    public async Task Check_SignedUnderAnotherCa_IsUntrustedSigner()
    {
        var check = Verifier.Check(await SignedCertificates.SignAsync(timeStamped: false, TestKeys.Other));

        Assert.Equal(PdfCheckOutcome.UntrustedSigner, check.Outcome);
    }

    [Fact]
    public void Check_UnsignedPdf_IsUnsignedWithItsNumber()
    {
        var check = Verifier.Check(CertificatePdfTests.Bytes(SampleCertificates.KoreanHousehold()));

        Assert.Equal(PdfCheckOutcome.Unsigned, check.Outcome);
        Assert.Equal(SampleCertificates.DocumentNumber, check.DocumentNumber);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(5000)]
    public void Check_Garbage_IsNotAPdf(int length)
    {
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);

        Assert.Equal(PdfCheckOutcome.NotAPdf, Verifier.Check(bytes).Outcome);
    }

    [Fact]
    public void Check_PdfHeaderWithGarbageSignature_IsTamperedNotAnException()
    {
        var bytes = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj<</ByteRange [0 30 40 20]/Contents <ZZ>>>endobj\n%%EOF\n");

        var check = Verifier.Check(bytes);

        Assert.NotEqual(PdfCheckOutcome.Valid, check.Outcome);
    }
}
