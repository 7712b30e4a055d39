using Egov.Identity.Domain;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Egov.Browser.Tests;

/// <summary>
/// Seoul's inspection manager opens the field inspections dashboard: the demo plan of Mapo-gu's multi-use buildings
/// with its progress and the region's completion rate, on a desktop and a 390 px phone.
/// </summary>
public sealed class FieldTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task InspectionManager_SeesTheDemoPlanAndMaposProgress()
    {
        await CreateAccountAsync("SEOUL-2010-0630", "장민석", AccountKind.Official, "official", "inspection-manager");
        await SignInWithPasswordAsync("SEOUL-2010-0630");
        await Page.GotoAsync("/officials/field");
        await StepUpWithAuthenticatorAppAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "현장점검 현황", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Table, new() { Name = "점검계획" })).ToContainTextAsync("다중이용업소 화재안전조사");
        await Expect(Page.GetByRole(AriaRole.Table, new() { Name = "지역별 진척률" })).ToContainTextAsync("마포구");
        await Expect(Page.GetByText("기한이 지난 시정명령이 없습니다.")).ToBeVisibleAsync();
        await AssertNoSeriousAxeViolationsAsync();
        await AssertFitsAsync(Page, "field-dashboard");
    }
}
