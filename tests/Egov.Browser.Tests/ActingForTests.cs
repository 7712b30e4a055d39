using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Egov.Browser.Tests;

/// <summary>A parent acts for their minor child: the banner stays on every page until they stop.</summary>
public sealed class ActingForTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Parent_ActsForTheirChild_SeesTheBannerEverywhere_ThenStops()
    {
        // Kim Seoa, born 2012, is a minor until July 2031: the journey runs on the real clock.
        await SignInAsDemoPersonAsync("kim-minjun");

        await Page.GotoAsync("/account/act-for");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "미성년 자녀" })).ToBeVisibleAsync();
        await SaveScreenshotAsync("act-for-1280");
        await Page.GetByRole(AriaRole.Button, new() { Name = "김서아 대리하기" }).ClickAsync();

        var banner = Page.GetByRole(AriaRole.Region, new() { Name = "대리 이용 중" });
        await Expect(banner).ToContainTextAsync("지금 김서아(자녀)의 대리인으로 이용하고 있습니다");
        await Page.GotoAsync("/account/powers-of-attorney");
        await Expect(banner).ToBeVisibleAsync();
        await AssertNoSeriousAxeViolationsAsync();
        await SaveScreenshotAsync("acting-banner-1280");
        await SaveScreenshotAsync("acting-banner-390", width: 390);

        await banner.GetByRole(AriaRole.Button, new() { Name = "대리 이용 끝내기" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "대리인으로 이용하기" })).ToBeVisibleAsync();
        await Expect(banner).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Grandparent_GivesAPowerOfAttorney_ByTheLabelsOnThePage()
    {
        await SignInAsDemoPersonAsync("kim-youngsoo");
        await Page.GotoAsync("/account/powers-of-attorney");

        await Page.GetByRole(AriaRole.Button, new() { Name = "위임하기" }).ClickAsync();
        await Expect(Page.GetByText("위임할 업무를 하나 이상 선택해 주세요").First).ToBeVisibleAsync();
        await SaveScreenshotAsync("power-of-attorney-errors-390", width: 390);

        await Page.GetByLabel("대리인 주민등록번호").FillAsync("780412-1023453");
        await Page.GetByLabel("대리인 이름").FillAsync("김민준");
        // KRDS draws its own box over the native checkbox: a person clicks the label.
        var services = Page.GetByRole(AriaRole.Group, new() { Name = "위임할 업무" });
        await services.GetByText("증명서 발급").ClickAsync();
        await Expect(services.GetByRole(AriaRole.Checkbox, new() { Name = "증명서 발급" })).ToBeCheckedAsync();
        await Page.GetByLabel("위임 종료일").FillAsync(DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await Page.GetByRole(AriaRole.Button, new() { Name = "위임하기" }).ClickAsync();

        await Expect(Page.GetByText("김민준 님에게 위임했습니다")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Table, new() { Name = "내가 위임한 내역" }).GetByRole(AriaRole.Cell, new() { Name = "증명서 발급" })).ToBeVisibleAsync();
        await AssertNoSeriousAxeViolationsAsync();
        await SaveScreenshotAsync("power-of-attorney-1280");
        await SaveScreenshotAsync("power-of-attorney-390", width: 390);
    }
}
