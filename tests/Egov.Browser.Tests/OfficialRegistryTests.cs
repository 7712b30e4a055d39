using Egov.Identity.Domain;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Egov.Browser.Tests;

/// <summary>A registrar steps up to AAL2, finds a resident by number, is told why a wrong record is refused, and records a marriage.</summary>
public sealed class OfficialRegistryTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Registrar_FindsAResident_IsRefusedADeathBeforeBirth_AndRecordsAMarriage()
    {
        await CreateAccountAsync("browser-registrar", "윤미래", AccountKind.Official, "official", "registrar");
        await SignInWithPasswordAsync("browser-registrar");
        await Page.GotoAsync("/officials/registries");
        await StepUpWithAuthenticatorAppAsync();

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

        await Page.Locator("summary", new() { HasTextString = "혼인" }).ClickAsync();
        await Page.GetByLabel("배우자 주민등록번호").FillAsync("910304-2203659");
        await Page.GetByLabel("혼인일").FillAsync("2025-05-05");
        await Page.GetByRole(AriaRole.Button, new() { Name = "혼인 기록" }).ClickAsync();

        await Expect(Page.GetByText("혼인을 기록했습니다.")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.List, new() { Name = "가족" })).ToContainTextAsync("윤미래");
        await Expect(Page.GetByRole(AriaRole.List, new() { Name = "신고 이력" })).ToContainTextAsync("혼인");
        await AssertNoSeriousAxeViolationsAsync();
        await SaveScreenshotAsync("officials-resident-1280");
        await SaveScreenshotAsync("officials-resident-390", width: 390);
    }
}
