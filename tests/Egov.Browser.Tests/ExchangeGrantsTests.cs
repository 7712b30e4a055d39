using Egov.Identity.Domain;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Egov.Browser.Tests;

/// <summary>
/// A registries administrator steps up to AAL2, sees the grants in force (the demo agency follows a change feed)
/// and grants the demo bank a feed, which the page then lists as a change feed by law.
/// </summary>
public sealed class ExchangeGrantsTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Administrator_GrantsAChangeFeed_AndSeesItInForce()
    {
        await CreateAccountAsync("browser-grants", "한소라", AccountKind.Official, "registries-admin");
        await SignInWithPasswordAsync("browser-grants");
        await Page.GotoAsync("/admin/exchange-grants");
        await StepUpWithAuthenticatorAppAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "공동이용 허용 관리", Level = 1 })).ToBeVisibleAsync();
        var inForce = Page.GetByRole(AriaRole.List, new() { Name = "허용된 목록" }).GetByRole(AriaRole.Listitem);
        await Expect(inForce.Filter(new() { HasText = "데모 행정기관 · 지방세 납세의무자 전입·사망 통보" })).ToContainTextAsync("변동 통보, 법령 근거");

        await Page.GetByLabel("클라이언트 ID").FillAsync("demo-bank");
        // KRDS draws the radio over the input: a person clicks the label.
        await Page.GetByText("복지 급여 수급자 사망 통보 (변동 통보, 법령 근거)").ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Radio, new() { Name = "복지 급여 수급자 사망 통보 (변동 통보, 법령 근거)" })).ToBeCheckedAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "허용하기", Exact = true }).ClickAsync();

        await Expect(Page.GetByText("허용했습니다.")).ToBeVisibleAsync();
        await Expect(inForce.Filter(new() { HasText = "Demo Bank · 복지 급여 수급자 사망 통보" })).ToContainTextAsync("변동 통보, 법령 근거");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Demo Bank의 복지 급여 수급자 사망 통보 허용 철회" })).ToBeVisibleAsync();
        await AssertNoSeriousAxeViolationsAsync();
        await SaveScreenshotAsync("exchange-grants-feed-1280");
        await SaveScreenshotAsync("exchange-grants-feed-390", width: 390);
    }
}
