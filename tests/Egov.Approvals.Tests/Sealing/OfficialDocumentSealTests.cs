using Egov.Approvals.Sealing;
using Egov.Platform.Keys;
using Egov.Platform.Packs;
using Egov.Platform.Pdf;
using Egov.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Approvals.Tests.Sealing;

/// <summary>
/// The sealed PDF of an approved document, made by the running host (its pack, its key store on the test's database)
/// and read by independent tools: poppler's pdfsig and pdftotext, and the platform's own verifier.
/// </summary>
public sealed class OfficialDocumentSealTests(EgovHostFixture fixture) : IClassFixture<EgovHostFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Seal_PdfsigReportsAValidSignatureOverTheWholeFile_ByTheAgencysSeal()
    {
        var path = TestFiles.Write("official-document.pdf", await SealAsync(SampleDocuments.Payment()));

        var report = await Poppler.SignatureReportAsync(path);

        Assert.Contains("Signature is Valid.", report, StringComparison.Ordinal);
        Assert.Contains("Signature Type: ETSI.CAdES.detached", report, StringComparison.Ordinal);
        Assert.Contains("Total document signed", report, StringComparison.Ordinal);
        Assert.Contains("Signer Certificate Common Name: Republic of Korea Ministry of the Interior and Safety Seal", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seal_VerifiesWithThePlatformsVerifier_AgainstTheIssuingCa()
    {
        var pdf = await SealAsync(SampleDocuments.Payment());
        var keys = fixture.Factory.Services.GetRequiredService<IKeyStore>();
        var roots = (await keys.GetPublishedAsync(KeyRing.IssuingCa, Ct)).Select(k => k.Certificate).ToList();

        var check = new PdfSignatureVerifier(roots, TimeProvider.System).Check(pdf);
        pdf[pdf.Length / 3] ^= 0x01;
        var tampered = new PdfSignatureVerifier(roots, TimeProvider.System).Check(pdf);

        Assert.Equal(PdfCheckOutcome.Valid, check.Outcome);
        Assert.Contains("Ministry of the Interior and Safety Seal", check.SignerSubject, StringComparison.Ordinal);
        Assert.Equal(PdfCheckOutcome.Tampered, tampered.Outcome);
    }

    [Fact]
    public async Task Seal_TextShowsTheNumberTitleAmountsInWordsAndTheApprovers()
    {
        var path = TestFiles.Write("official-document-text.pdf", await SealAsync(SampleDocuments.Payment()));

        var text = await Poppler.TextAsync(path);

        foreach (var expected in new[]
        {
            "행정안전부", "수신", "서울특별시장(디지털정책관)", "(경유)", "제목", "2025년 디지털 서비스 개선 사업비 교부 알림",
            "디지털정부정책과-987(2025. 2. 14.)", "금113,560,000원(금일억일천삼백오십육만원)", "2025. 12. 31.",
            "금113,560원(금일십일만삼천오백육십원)", "붙임", "2. 집행 지침 1부.", "끝.", "행정안전부장관",
            "기안", "주무관", "김하늘", "검토", "이서준", "전결", "디지털정부정책과장", "정민호", "협조", "재정담당관 박지민",
            "시행", "디지털정부정책과-1234 (2025. 3. 9.)", "접수", "보존기간", "10년",
        })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Seal_SeveralRecipients_HeadingRefersToTheListAtTheFoot()
    {
        var path = TestFiles.Write("official-document-recipients.pdf",
            await SealAsync(SampleDocuments.Payment(recipients: ["서울특별시장", "부산광역시장", "세종특별자치시장"])));

        var text = await Poppler.TextAsync(path);

        Assert.Contains("수신자 참조", text, StringComparison.Ordinal);
        Assert.Contains("수신자", text, StringComparison.Ordinal);
        Assert.Contains("서울특별시장, 부산광역시장, 세종특별자치시장", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seal_LongBody_FlowsOntoASecondPage_WithTheClosingTogetherOnTheLast()
    {
        var sealer = fixture.Factory.Services.GetRequiredService<OfficialDocumentSealer>();
        var path = TestFiles.Write("official-document-long.pdf", await sealer.SealAsync(SampleDocuments.Payment(extraParagraphs: 24), Ct));

        var pages = await PageTextsAsync(path);

        Assert.True(pages.Count > 1, $"{pages.Count} page(s)");
        Assert.Matches($@"1\s*/\s*{pages.Count}", pages[0]);
        Assert.DoesNotContain("행정안전부장관", pages[0], StringComparison.Ordinal);
        Assert.Contains("행정안전부장관", pages[^1], StringComparison.Ordinal);
        Assert.Contains("정민호", pages[^1], StringComparison.Ordinal);
        Assert.Contains("24:", pages[^1] + pages[^2], StringComparison.Ordinal);
        Assert.Contains("Signature is Valid.", await Poppler.SignatureReportAsync(path), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seal_AnAgencyThePackDoesNotKnow_IsRefused()
    {
        var sealer = fixture.Factory.Services.GetRequiredService<OfficialDocumentSealer>();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => sealer.SealAsync(SampleDocuments.Payment() with { AgencyCode = "9999999" }, Ct));

        Assert.Contains("no agency '9999999'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Subject", "Approved by delegation", "Retention", "and Safety\nSeal")]
    [InlineData("ja", "件名", "専決", "保存期間", "官印")]
    public async Task Render_InAnotherLanguageOfThePack_UsesThatLanguagesLabels(string language, string subject, string delegated, string retention, string sealsLastLine)
    {
        var pack = fixture.Factory.Services.GetRequiredService<CountryPack>();
        var pdf = OfficialDocumentPdf.Render(SampleDocuments.In(language), pack.Writing!, language, DateTimeOffset.UnixEpoch).ToPdf();

        var text = await Poppler.TextAsync(TestFiles.Write($"official-document-{language}.pdf", pdf));

        Assert.Contains(subject, text, StringComparison.Ordinal);
        Assert.Contains(delegated, text, StringComparison.Ordinal);
        Assert.Contains(retention, text, StringComparison.Ordinal);
        Assert.Contains(SampleDocuments.In(language).Title, text, StringComparison.Ordinal);
        // The seal's lettering comes out in the lines of its square, which pdftotext interleaves with the sender's name.
        Assert.Contains(sealsLastLine + "\n", text, StringComparison.Ordinal);
    }

    private static async Task<List<string>> PageTextsAsync(string path)
    {
        var (_, info) = await Poppler.RunAsync("pdfinfo", path);
        var count = int.Parse(System.Text.RegularExpressions.Regex.Match(info, @"Pages:\s+(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var pages = new List<string>();
        for (var page = 1; page <= count; page++)
        {
            var number = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
            pages.Add((await Poppler.RunAsync("pdftotext", "-enc", "UTF-8", "-f", number, "-l", number, path, "-")).Output);
        }

        return pages;
    }

    private Task<byte[]> SealAsync(OfficialDocument document) =>
        fixture.Factory.Services.GetRequiredService<OfficialDocumentSealer>().SealAsync(document, Ct);
}
