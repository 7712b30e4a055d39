using Egov.Documents.Pdf;
using Egov.Documents.Rendering;
using Egov.Platform.Pdf;
using Egov.Testing;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using ZXing;
using ZXing.Common;

namespace Egov.Documents.Tests.Pdf;

public sealed class CertificatePdfTests
{
    private static readonly DateTimeOffset IssuedAt = new(2026, 12, 6, 1, 42, 0, TimeSpan.Zero);

    [Fact]
    public async Task Render_KoreanCertificate_HasItsTitleAndTablesAsText()
    {
        var path = TestFiles.Write("ko-household.pdf", Bytes(SampleCertificates.KoreanHousehold()));

        var text = await Poppler.TextAsync(path);

        Assert.Contains("주민등록표 등본", text, StringComparison.Ordinal);
        Assert.Contains("홍길동", text, StringComparison.Ordinal);
        Assert.Contains("서울특별시 종로구 청운효자동장", text, StringComparison.Ordinal);
        Assert.Matches(@"1\s*/\s*1", text);
    }

    [Fact]
    public async Task Render_JapaneseAndEnglish_TextIsEmbeddedAndReadable()
    {
        var ja = await Poppler.TextAsync(TestFiles.Write("ja-residence.pdf", Bytes(SampleCertificates.JapaneseResidence())));
        var en = await Poppler.TextAsync(TestFiles.Write("en-residence.pdf", Bytes(SampleCertificates.EnglishResidence())));

        Assert.Contains("住民票の写し", ja, StringComparison.Ordinal);
        Assert.Contains("山田花子", ja, StringComparison.Ordinal);
        Assert.Contains("Certificate of Residence", en, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_TableLongerThanAPage_BreaksWithPageNumbersAndDocumentNumberOnEveryPage()
    {
        var path = TestFiles.Write("ko-household-long.pdf", Bytes(SampleCertificates.KoreanHousehold(extraMembers: 60)));

        var text = await Poppler.TextAsync(path);
        var pages = text.Split('\f', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        Assert.Equal(3, pages.Length);
        for (var i = 0; i < pages.Length; i++)
        {
            Assert.Matches($@"{i + 1}\s*/\s*{pages.Length}", pages[i]);
            Assert.Contains(SampleCertificates.DocumentNumber, pages[i], StringComparison.Ordinal);
            Assert.Contains("주민등록번호", pages[i], StringComparison.Ordinal);
        }

        Assert.Contains("이동거60", pages[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_DocumentNumber_IsInTheDocumentInformation()
    {
        var path = TestFiles.Write("ko-household-info.pdf", Bytes(SampleCertificates.KoreanHousehold()));

        var (exitCode, info) = await Poppler.RunAsync("pdfinfo", "-custom", path);

        Assert.Equal(0, exitCode);
        Assert.Matches(@"EgovDocumentNumber:\s*1234-5678-9012-3452", info);
    }

    [Fact]
    public async Task Render_QrCode_DecodesToThePayloadFromA200DpiScan()
    {
        var content = SampleCertificates.KoreanHousehold();
        Assert.InRange(content.QrPayload.Length, 590, 610);
        var png = await Poppler.RasterizeFirstPageAsync(TestFiles.Write("ko-household-qr.pdf", Bytes(content)), 200);

        Assert.Equal(content.QrPayload, DecodeQr(png));
    }

    internal static byte[] Bytes(CertificateContent content) =>
        CertificatePdf.Render(content, SampleCertificates.DocumentNumber, IssuedAt).ToPdf();

    private static string? DecodeQr(string png)
    {
        using var image = Image.Load<Rgb24>(png);
        var pixels = new byte[image.Width * image.Height * 3];
        image.CopyPixelDataTo(pixels);
        var reader = new BarcodeReaderGeneric
        {
            Options = new DecodingOptions { PossibleFormats = [BarcodeFormat.QR_CODE], TryHarder = true },
        };
        return reader.Decode(new RGBLuminanceSource(pixels, image.Width, image.Height, RGBLuminanceSource.BitmapFormat.RGB24))?.Text;
    }
}
