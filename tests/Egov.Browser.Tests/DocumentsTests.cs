using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Egov.Browser.Tests;

/// <summary>
/// A citizen's certificates: issued and kept in the wallet (<c>/my/documents</c>), checked by anyone on the public
/// <c>/verify</c> by number or by the PDF itself, then revoked and hidden by their holder.
/// </summary>
public sealed partial class DocumentsTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Citizen_IssuesAFamilyCertificate_AnyoneVerifiesIt_ThenTheHolderRevokesAndHidesIt()
    {
        await SignInAsDemoPersonAsync("kim-minjun");
        await Page.GotoAsync("/my/documents");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "나의 전자문서지갑", Level = 1 })).ToBeVisibleAsync();

        await Page.GetByLabel("증명서", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "가족관계증명서" });
        await Page.GetByLabel("용도(증명서에 인쇄)").SelectOptionAsync(new SelectOptionValue { Label = "금융기관 제출용" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "발급하기", Exact = true }).ClickAsync();

        await Expect(Page.GetByText("증명서가 발급되었습니다.")).ToBeVisibleAsync();
        var entry = Held(Page).First;
        await Expect(entry).ToContainTextAsync("가족관계증명서");
        await Expect(entry).ToContainTextAsync("아직 아무도 확인하지 않았습니다.");
        var number = NumberPattern().Match(await entry.InnerTextAsync()).Value;
        await Expect(entry).ToContainTextAsync("까지 확인 가능");
        await AssertNoSeriousAxeViolationsAsync();
        await SaveScreenshotAsync("documents-wallet-1280");
        await SaveScreenshotAsync("documents-wallet-390", width: 390);

        var download = await Page.RunAndWaitForDownloadAsync(() =>
            entry.GetByRole(AriaRole.Link, new() { Name = $"가족관계증명서 {number} PDF" }).ClickAsync());
        var pdf = await File.ReadAllBytesAsync((await download.PathAsync())!, TestContext.Current.CancellationToken);
        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);
        Assert.EndsWith($"{number}.pdf", download.SuggestedFilename, StringComparison.Ordinal);

        // Whoever receives the certificate checks it without an account.
        var verifier = await (await NewContextAsync("ko-KR", 1280)).NewPageAsync();
        await verifier.GotoAsync("/verify");
        var byFile = verifier.GetByRole(AriaRole.Region, new() { Name = "PDF 파일로 확인" });
        await byFile.GetByLabel("증명서 PDF").SetInputFilesAsync(new FilePayload { Name = download.SuggestedFilename, MimeType = "application/pdf", Buffer = pdf });
        await byFile.GetByRole(AriaRole.Button, new() { Name = "확인" }).ClickAsync();
        await Expect(Answer(verifier)).ToContainTextAsync("유효합니다.");
        await Expect(Answer(verifier)).ToContainTextAsync(number);

        var credential = await Page.RunAndWaitForDownloadAsync(() =>
            entry.GetByRole(AriaRole.Link, new() { Name = $"가족관계증명서 {number} 전자증명서" }).ClickAsync());
        var jwt = await File.ReadAllTextAsync((await credential.PathAsync())!, TestContext.Current.CancellationToken);
        var byText = verifier.GetByRole(AriaRole.Region, new() { Name = "QR 코드 내용이나 전자증명서로 확인" });
        await byText.GetByLabel("QR 코드 내용 또는 전자증명서").FillAsync(jwt);
        await byText.GetByRole(AriaRole.Button, new() { Name = "확인" }).ClickAsync();
        await Expect(Answer(verifier)).ToContainTextAsync("유효합니다.");
        await Expect(Answer(verifier)).ToContainTextAsync(number);

        await VerifyByNumberAsync(verifier, number);
        var answer = Answer(verifier);
        await Expect(answer).ToContainTextAsync("유효합니다.");
        await Expect(answer.GetByRole(AriaRole.Definition).Filter(new() { HasText = number })).ToBeVisibleAsync();
        await Expect(answer.GetByRole(AriaRole.Definition).Filter(new() { HasText = "금융기관 제출용" })).ToBeVisibleAsync();
        await Expect(answer.GetByRole(AriaRole.Heading, new() { Name = "가족관계", Level = 3 })).ToBeVisibleAsync();
        var family = answer.GetByRole(AriaRole.Table, new() { Name = "가족관계" });
        await Expect(family.GetByRole(AriaRole.Row).Filter(new() { HasText = "이서연" })).ToContainTextAsync("배우자");
        await Expect(answer.GetByRole(AriaRole.Table, new() { Name = "인적사항" })).ToContainTextAsync("780412-1******");
        await Expect(answer).Not.ToContainTextAsync("780412-1023453");
        await AssertNoSeriousAxeViolationsAsync(verifier);
        await SaveScreenshotAsync(verifier, "documents-verify-valid-1280");

        await Page.ReloadAsync();
        await Expect(Entry(Page, number)).ToContainTextAsync("3회 확인됨");
        await Expect(Entry(Page, number)).ToContainTextAsync("(번호로)");

        await Entry(Page, number).GetByRole(AriaRole.Button, new() { Name = $"가족관계증명서 {number} 취소" }).ClickAsync();
        await Expect(Page.GetByText("증명서를 취소했습니다.")).ToBeVisibleAsync();
        await Expect(Entry(Page, number)).ToContainTextAsync("취소된 문서입니다.");
        await Expect(Entry(Page, number).GetByRole(AriaRole.Button, new() { Name = $"가족관계증명서 {number} 취소" })).ToHaveCountAsync(0);

        await VerifyByNumberAsync(verifier, number);
        await Expect(Answer(verifier)).ToContainTextAsync("취소된 문서입니다.");
        await Expect(Answer(verifier)).ToContainTextAsync("취소 일시");

        await Entry(Page, number).GetByRole(AriaRole.Button, new() { Name = $"가족관계증명서 {number} 숨기기" }).ClickAsync();
        await Expect(Page.GetByText("증명서를 목록에서 숨겼습니다.")).ToBeVisibleAsync();
        await Expect(Entry(Page, number)).ToHaveCountAsync(0);
        await verifier.Context.CloseAsync();
    }

    [Fact]
    public async Task Citizen_GetsTheBuildingLedgerOfTheirHome_AndTheirFathersFamilyCertificate()
    {
        await SignInAsDemoPersonAsync("kim-minjun");
        await Page.GotoAsync("/my/documents");

        var property = Page.GetByRole(AriaRole.Region, new() { Name = "부동산·사업체 증명서" });
        await property.GetByLabel("증명서와 대상").SelectOptionAsync(new SelectOptionValue { Label = "건축물대장 — 서울특별시 종로구 부암동 100 (자하문빌라)" });
        await property.GetByRole(AriaRole.Button, new() { Name = "부동산·사업체 증명서 발급하기" }).ClickAsync();

        await Expect(Page.GetByText("증명서가 발급되었습니다.")).ToBeVisibleAsync();
        await Expect(Held(Page).First).ToContainTextAsync("건축물대장");
        await Expect(Held(Page).First).ToContainTextAsync("부암동 100");

        await Page.GetByLabel("대상", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "김영수 (1950년 2월 20일)" });
        await Page.GetByLabel("증명서", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "주민등록표 등본" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "발급하기", Exact = true }).ClickAsync();
        // The father lives in another household: his resident registration copy is not for his son to get.
        await Expect(Page.GetByText("이 사람에 대해서는 이 증명서를 발급받을 수 없습니다.").First).ToBeVisibleAsync();

        await Page.GetByLabel("증명서", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "가족관계증명서" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "발급하기", Exact = true }).ClickAsync();

        await Expect(Page.GetByText("증명서가 발급되었습니다.")).ToBeVisibleAsync();
        await Expect(Held(Page).First).ToContainTextAsync("가족관계증명서");
        await AssertNoSeriousAxeViolationsAsync();
    }

    [Fact]
    public async Task Verify_WithAMistypedNumber_SaysSoInline_AndWithAnUnknownOneOrGarbage_SaysNotFound()
    {
        await Page.GotoAsync("/verify");

        await VerifyByNumberAsync(Page, "1234-5678-9012-3450");
        var field = Page.GetByRole(AriaRole.Textbox, new() { Name = "문서확인번호", Exact = true });
        await Expect(field).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(Page.GetByText("문서확인번호가 아닙니다. 16자리 숫자를 확인해 주세요.").First).ToBeVisibleAsync();
        await Expect(Answer(Page)).ToHaveCountAsync(0);
        await AssertNoSeriousAxeViolationsAsync();
        await SaveScreenshotAsync("documents-verify-error-390", width: 390);

        await VerifyByNumberAsync(Page, "1234-5678-9012-3452");
        await Expect(Answer(Page)).ToContainTextAsync("찾을 수 없습니다.");

        var byText = Page.GetByRole(AriaRole.Region, new() { Name = "QR 코드 내용이나 전자증명서로 확인" });
        await byText.GetByLabel("QR 코드 내용 또는 전자증명서").FillAsync("not a credential at all");
        await byText.GetByRole(AriaRole.Button, new() { Name = "확인" }).ClickAsync();
        await Expect(Answer(Page)).ToContainTextAsync("찾을 수 없습니다.");
        await AssertNoSeriousAxeViolationsAsync();
    }

    [Fact]
    public async Task Wallet_OnAPhone_FitsTheScreen()
    {
        await SignInAsDemoPersonAsync("kim-minjun");
        await Page.SetViewportSizeAsync(390, 900);
        await Page.GotoAsync("/my/documents");
        await Page.GetByLabel("증명서", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "주민등록표 초본" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "발급하기", Exact = true }).ClickAsync();
        await Expect(Page.GetByText("증명서가 발급되었습니다.")).ToBeVisibleAsync();

        Assert.True(await Page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 390);
        var revoke = Held(Page).First.GetByRole(AriaRole.Button, new() { NameRegex = new Regex(" 취소$") });
        var box = await revoke.BoundingBoxAsync();
        Assert.True(box is { X: >= 0 } && box.X + box.Width <= 390, $"the revoke button is off the screen: {box?.X}+{box?.Width}");
    }

    [Fact]
    public async Task Guardian_ActingForTheirChild_GetsTheChildsCertificate_InTheirOwnWallet()
    {
        // Kim Seoa, born 2012, is a minor until July 2031: the journey runs on the real clock.
        await SignInAsDemoPersonAsync("kim-minjun");
        await Page.GotoAsync("/account/act-for");
        await Page.GetByRole(AriaRole.Button, new() { Name = "김서아 대리하기" }).ClickAsync();

        await Page.GotoAsync("/my/documents");
        await Expect(Page.GetByText("김서아 님을 대리하고 있습니다.")).ToBeVisibleAsync();
        await Page.GetByLabel("증명서", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "기본증명서" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "발급하기", Exact = true }).ClickAsync();
        await Expect(Page.GetByText("증명서가 발급되었습니다.")).ToBeVisibleAsync();
        var number = NumberPattern().Match(await Held(Page).First.InnerTextAsync()).Value;
        await AssertNoSeriousAxeViolationsAsync();
        await SaveScreenshotAsync("documents-wallet-acting-1280");

        await Page.GetByRole(AriaRole.Region, new() { Name = "대리 이용 중" }).GetByRole(AriaRole.Button, new() { Name = "대리 이용 끝내기" }).ClickAsync();
        // Ended once the answer is in (a navigation right after the click could abort it).
        await Expect(Page.GetByRole(AriaRole.Region, new() { Name = "대리 이용 중" })).ToHaveCountAsync(0);
        await Page.GotoAsync("/my/documents");
        await Expect(Entry(Page, number)).ToContainTextAsync("기본증명서");

        var verifier = await (await NewContextAsync("ko-KR", 1280)).NewPageAsync();
        await verifier.GotoAsync("/verify");
        await VerifyByNumberAsync(verifier, number);
        var person = Answer(verifier).GetByRole(AriaRole.Table, new() { Name = "인적사항" });
        await Expect(person).ToContainTextAsync("김서아");
        await Expect(person).Not.ToContainTextAsync("김민준");
        await verifier.Context.CloseAsync();
    }

    [Theory]
    [InlineData("ko", "ko-KR", "문서확인번호로 확인", "문서확인번호", "확인")]
    [InlineData("en", "en-US", "By document number", "Document number", "Verify")]
    [InlineData("ja", "ja-JP", "文書確認番号で確認", "文書確認番号", "確認")]
    public async Task WalletAndVerify_AreCapturedInEachLanguage_AtDesktopAndPhoneWidths(string language, string locale, string byNumber, string numberLabel, string submit)
    {
        await SignInAsDemoPersonAsync("kim-minjun");
        await Page.GotoAsync("/my/documents");
        await Page.GetByLabel("증명서", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "가족관계증명서" });
        await Page.GetByLabel("용도(증명서에 인쇄)").SelectOptionAsync(new SelectOptionValue { Label = "학교 제출용" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "발급하기", Exact = true }).ClickAsync();
        await Expect(Page.GetByText("증명서가 발급되었습니다.")).ToBeVisibleAsync();
        var number = NumberPattern().Match(await Held(Page).First.InnerTextAsync()).Value;

        // The language switch's cookie, as a person who chose the language would have it.
        await Page.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = $"c={language}|uic={language}", Url = Fixture.BaseAddress.ToString() }]);
        await Page.GotoAsync("/my/documents");
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", language);
        await AssertFitsAsync(Page, $"documents-wallet-{language}");

        var verifier = await (await NewContextAsync(locale, 1280)).NewPageAsync();
        await verifier.GotoAsync("/verify");
        var region = verifier.GetByRole(AriaRole.Region, new() { Name = byNumber });
        await region.GetByLabel(numberLabel).FillAsync(number);
        await region.GetByRole(AriaRole.Button, new() { Name = submit }).ClickAsync();
        await Expect(verifier.Locator("[data-status=valid]")).ToBeVisibleAsync();
        await AssertNoSeriousAxeViolationsAsync(verifier);
        await AssertFitsAsync(verifier, $"documents-verify-{language}");
        await verifier.Context.CloseAsync();
    }

    private static async Task VerifyByNumberAsync(IPage page, string number)
    {
        var byNumber = page.GetByRole(AriaRole.Region, new() { Name = "문서확인번호로 확인" });
        await byNumber.GetByLabel("문서확인번호").FillAsync(number);
        await byNumber.GetByRole(AriaRole.Button, new() { Name = "확인" }).ClickAsync();
    }

    private static ILocator Answer(IPage page) => page.GetByRole(AriaRole.Region, new() { Name = "확인 결과" });

    private static ILocator Held(IPage page) =>
        page.GetByRole(AriaRole.List, new() { Name = "발급받은 증명서" }).GetByRole(AriaRole.Listitem);

    private static ILocator Entry(IPage page, string number) => Held(page).Filter(new() { HasText = number });

    [GeneratedRegex(@"\d{4}-\d{4}-\d{4}-\d{4}")]
    private static partial Regex NumberPattern();
}
