using System.Globalization;
using Egov.Identity.Domain;
using Egov.Platform.Packs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Egov.Browser.Tests;

/// <summary>
/// Seoul's org-admin opens the org chart, records a leave for the head of the welfare policy division with his team
/// leader as deputy, and the chart and the division's page then show who stands in; the delegation table reads in
/// words; all on a desktop and a 390 px phone.
/// </summary>
public sealed class OrgTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task OrgAdmin_RecordsALeaveWithADeputy_AndTheChartShowsWhoStandsIn()
    {
        await CreateAccountAsync("SEOUL-2012-1506", "문서진", AccountKind.Official, "official", "org-admin");
        await SignInWithPasswordAsync("SEOUL-2012-1506");
        await Page.GotoAsync("/officials/org");
        await StepUpWithAuthenticatorAppAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "조직도", Level = 1 })).ToBeVisibleAsync();
        var policy = Page.GetByRole(AriaRole.List, new() { Name = "복지정책과 구성원" });
        await Expect(policy).ToContainTextAsync("정다은");
        await AssertNoSeriousAxeViolationsAsync();
        await AssertFitsAsync(Page, "org-chart");

        await Page.GetByRole(AriaRole.Link, new() { Name = "오준서" }).First.ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "오준서", Level = 1 })).ToBeVisibleAsync();
        await Page.Locator("summary", new() { HasTextString = "휴가 기록" }).ClickAsync();
        var today = Fixture.Host.Services.GetRequiredService<CountryPack>().Today(TimeProvider.System);
        await Page.GetByLabel("시작일").FillAsync(Iso(today));
        await Page.GetByLabel("종료일").FillAsync(Iso(today.AddDays(-1)));
        await Page.GetByLabel("대결자(부재 중 대신 결재)").SelectOptionAsync(new SelectOptionValue { Value = "SEOUL-2016-2254" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "휴가 기록" }).ClickAsync();
        await Expect(Page.Locator("#Leave_To-error")).ToContainTextAsync("종료일이 시작일보다 빠를 수 없습니다.");
        await AssertNoSeriousAxeViolationsAsync();
        await AssertFitsAsync(Page, "org-official-refused");

        await Page.GetByLabel("종료일").FillAsync(Iso(today.AddDays(2)));
        await Page.GetByLabel("대결자(부재 중 대신 결재)").SelectOptionAsync(new SelectOptionValue { Value = "SEOUL-2016-2254" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "휴가 기록" }).ClickAsync();
        await Expect(Page.GetByText("휴가를 기록했습니다.")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Table, new() { Name = "휴가·휴직" })).ToContainTextAsync("정다은");
        await AssertNoSeriousAxeViolationsAsync();
        await AssertFitsAsync(Page, "org-official");

        await Page.GetByRole(AriaRole.Link, new() { Name = "조직도" }).ClickAsync();
        await Expect(Page.Locator("[data-department='WELFARE-POLICY'] > .egov-org-head")).ToContainTextAsync("까지 휴가");
        await Expect(Page.Locator("[data-department='WELFARE-POLICY'] > .egov-org-head")).ToContainTextAsync("정다은 대결");
        await AssertNoSeriousAxeViolationsAsync();
        await AssertFitsAsync(Page, "org-chart-on-leave");

        await Page.GetByRole(AriaRole.Link, new() { Name = "복지정책과" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Table, new() { Name = "구성원" })).ToContainTextAsync("정다은 대결");
        await AssertNoSeriousAxeViolationsAsync();
        await AssertFitsAsync(Page, "org-department");

        await Page.GotoAsync("/officials/org/delegation");
        await Expect(Page.GetByRole(AriaRole.Table, new() { Name = "전결 규정" })).ToContainTextAsync("10,000,000원 이상 100,000,000원 미만");
        await AssertNoSeriousAxeViolationsAsync();
        await AssertFitsAsync(Page, "org-delegation");
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
