using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Egov.Browser.Tests;

/// <summary>
/// A registrar steps up to AAL2, finds a resident by number, is told why a wrong record is refused, and records a
/// marriage; another records a birth, sees the child's record and finds the child by name and birth date.
/// </summary>
public sealed class OfficialRegistryTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Registrar_FindsAResident_IsRefusedADeathBeforeBirth_AndRecordsAMarriage()
    {
        await SignInAsRegistrarAtAal2Async("browser-registrar");

        await Page.GetByLabel("주민등록번호").FillAsync("780412-1023454");
        await Page.GetByRole(AriaRole.Button, new() { Name = "조회", Exact = true }).ClickAsync();
        await Expect(Page.Locator("#Form_ResidentNumber-error")).ToContainTextAsync("이 번호로 등록된 주민이 없습니다");
        await AssertNoSeriousAxeViolationsAsync();
        await SaveScreenshotAsync("officials-search-error-1280");

        await Page.GetByLabel("주민등록번호").FillAsync("611205-1042177");
        await Page.GetByRole(AriaRole.Button, new() { Name = "조회", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "최진호", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByText("611205-1******")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.List, new() { Name = "주소 이력" })).ToContainTextAsync("동교로 210-5");

        await Page.Locator("summary", new() { HasTextString = "사망" }).ClickAsync();
        await Page.GetByLabel("사망일").FillAsync("1960-01-01");
        await Page.GetByRole(AriaRole.Button, new() { Name = "사망 기록" }).ClickAsync();
        await Expect(Page.Locator("#Death_DiedOn-error")).ToContainTextAsync("출생일보다 앞선 날짜입니다.");
        await AssertNoSeriousAxeViolationsAsync();
        await SaveScreenshotAsync("officials-resident-refused-1280");
        await SaveScreenshotAsync("officials-resident-refused-390", width: 390);

        // 최진호 stays single: BenefitsTests decides his basic pension at the rate for a person alone.
        await Page.GetByRole(AriaRole.Link, new() { Name = "주민 조회" }).ClickAsync();
        await Page.GetByLabel("주민등록번호").FillAsync("750109-1035555");
        await Page.GetByRole(AriaRole.Button, new() { Name = "조회", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "정우진", Level = 1 })).ToBeVisibleAsync();
        await Page.Locator("summary", new() { HasTextString = "혼인" }).ClickAsync();
        await Page.GetByLabel("배우자 주민등록번호").FillAsync("881203-2104751");
        await Page.GetByLabel("혼인일").FillAsync("2025-05-05");
        await Page.GetByRole(AriaRole.Button, new() { Name = "혼인 기록" }).ClickAsync();

        await Expect(Page.GetByText("혼인을 기록했습니다.")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.List, new() { Name = "가족" })).ToContainTextAsync("한소라");
        await Expect(Page.GetByRole(AriaRole.List, new() { Name = "신고 이력" })).ToContainTextAsync("혼인");
        await AssertNoSeriousAxeViolationsAsync();
        await SaveScreenshotAsync("officials-resident-1280");
        await SaveScreenshotAsync("officials-resident-390", width: 390);
    }

    [Fact]
    public async Task Registrar_IsRefusedACorrectionThatChangesNothing_AndCorrectsALatinName()
    {
        await SignInAsRegistrarAtAal2Async("browser-corrector");
        await Page.GetByLabel("주민등록번호").FillAsync("910304-2203659");
        await Page.GetByRole(AriaRole.Button, new() { Name = "조회", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "윤미래", Level = 1 })).ToBeVisibleAsync();

        await Page.Locator("summary", new() { HasTextString = "등록사항 정정" }).ClickAsync();
        await Page.GetByLabel("바른 로마자 이름").FillAsync("Yoon Mirae");
        await Page.GetByRole(AriaRole.Button, new() { Name = "정정 기록" }).ClickAsync();
        await Expect(Page.Locator("#Correct_Name-error")).ToContainTextAsync("바르게 고칠 내용을 입력해 주세요.");
        await AssertNoSeriousAxeViolationsAsync();
        await SaveScreenshotAsync("officials-correction-refused-390", width: 390);

        await Page.GetByLabel("바른 로마자 이름").FillAsync("Yun Mirae");
        await Page.GetByRole(AriaRole.Button, new() { Name = "정정 기록" }).ClickAsync();

        await Expect(Page.GetByText("정정을 기록했습니다.")).ToBeVisibleAsync();
        await Expect(Page.GetByText("Yun Mirae")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.List, new() { Name = "신고 이력" })).ToContainTextAsync("등록사항 정정");
    }

    /// <summary>
    /// 최진호 and 윤미래, whom no other browser test counts the family of (the tests share one register); a child does
    /// not change the basic pension BenefitsTests decides for 최진호.
    /// </summary>
    [Fact]
    public async Task Registrar_RecordsABirth_SeesTheChildsRecord_AndFindsTheChildByNameAndBirthDate()
    {
        await SignInAsRegistrarAtAal2Async("browser-birth-registrar");
        await Page.GetByLabel("주민등록번호").FillAsync("611205-1042177");
        await Page.GetByRole(AriaRole.Button, new() { Name = "조회", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "최진호", Level = 1 })).ToBeVisibleAsync();

        await Page.Locator("summary", new() { HasTextString = "출생" }).ClickAsync();
        await Expect(Page.GetByText("세대주와의 관계: 자녀")).ToBeVisibleAsync();
        await Page.GetByLabel("아이 이름", new() { Exact = true }).FillAsync("최하늘");
        await Page.GetByLabel("아이 로마자 이름").FillAsync("Choi Haneul");
        await Page.GetByLabel("출생일").FillAsync("2999-11-20");
        // KRDS hides the radio itself and draws its label: a person clicks the label.
        await Page.GetByText("여", new() { Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Radio, new() { Name = "여" })).ToBeCheckedAsync();
        await Page.GetByLabel("다른 부모의 주민등록번호").FillAsync("910304-2203659");
        await Page.GetByRole(AriaRole.Button, new() { Name = "출생 기록" }).ClickAsync();
        await Expect(Page.Locator("#Birth_BornOn-error")).ToContainTextAsync("오늘 이후 날짜는 기록할 수 없습니다.");
        await AssertNoSeriousAxeViolationsAsync();
        await SaveScreenshotAsync("officials-birth-refused-1280");
        await SaveScreenshotAsync("officials-birth-refused-390", width: 390);

        await Page.GetByLabel("출생일").FillAsync("2026-11-20");
        await Page.GetByRole(AriaRole.Button, new() { Name = "출생 기록" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "최하늘", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByText("출생을 기록했습니다.")).ToBeVisibleAsync();
        await Expect(Page.GetByText("261120-4******")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.List, new() { Name = "가족" })).ToContainTextAsync("최진호");
        await Expect(Page.GetByRole(AriaRole.List, new() { Name = "가족" })).ToContainTextAsync("윤미래");
        await Expect(Page.GetByRole(AriaRole.List, new() { Name = "주소 이력" })).ToContainTextAsync("동교로 210-5");
        await Expect(Page.GetByRole(AriaRole.List, new() { Name = "신고 이력" })).ToContainTextAsync("출생");
        await AssertNoSeriousAxeViolationsAsync();
        await SaveScreenshotAsync("officials-birth-child-1280");

        await Page.GetByRole(AriaRole.Link, new() { Name = "주민 조회" }).ClickAsync();
        await Page.GetByLabel("이름", new() { Exact = true }).FillAsync(" 최하늘 ");
        await Page.GetByLabel("생년월일").FillAsync("2026-11-20");
        await Page.GetByRole(AriaRole.Button, new() { Name = "이름으로 조회" }).ClickAsync();

        var results = Page.GetByRole(AriaRole.List, new() { Name = "조회 결과 1명" });
        await Expect(results).ToContainTextAsync("최하늘");
        await Expect(results).ToContainTextAsync("261120-4******");
        await AssertNoSeriousAxeViolationsAsync();
        await SaveScreenshotAsync("officials-search-results-1280");
        await SaveScreenshotAsync("officials-search-results-390", width: 390);
        await results.GetByRole(AriaRole.Link, new() { Name = "최하늘" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "최하늘", Level = 1 })).ToBeVisibleAsync();
    }
}
