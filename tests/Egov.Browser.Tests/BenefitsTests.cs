using System.Text.RegularExpressions;
using Egov.Platform.Packs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Egov.Browser.Tests;

/// <summary>
/// <c>/my/benefits</c>: a father sees his newborn's benefits and why; a new pensioner declares his income and is
/// decided; a registered birth is offered to the father, who applies for the whole bundle in one click. The journeys
/// run on the real clock: in December 2026 박도윤 (born 2 October 2026) is two months old and 최진호 has just turned 65.
/// </summary>
public sealed class BenefitsTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    /// <summary>The offers job runs every two seconds, after the outbox delivered the birth.</summary>
    private static readonly TimeSpan OfferPatience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Parent_SeesTheNewbornsBenefits_WithTheReasons_AndTheirOwnDiscount()
    {
        await SignInAsDemoPersonAsync("park-jihoon");
        await Page.GotoAsync("/my/benefits");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "나의 혜택", Level = 1 })).ToBeVisibleAsync();

        var child = Section(Page, "박도윤님의 혜택");
        await Expect(Benefit(child, "아동수당")).ToContainTextAsync("대상");
        await Expect(Benefit(child, "첫만남이용권")).ToContainTextAsync("1회 2,000,000원");
        var parentalPay = Benefit(child, "부모급여");
        // 1,000,000 a month until the child is 12 months old (October 2027).
        await Expect(parentalPay).ToContainTextAsync("월 1,000,000원");

        var conditions = parentalPay.GetByRole(AriaRole.List, new() { Name = "부모급여" });
        await Expect(conditions).Not.ToBeVisibleAsync();
        await parentalPay.GetByText("판단 이유").ClickAsync();
        await Expect(conditions.GetByRole(AriaRole.Listitem)).ToHaveTextAsync(["충족: 생후 24개월 미만"]);
        await Expect(parentalPay).ToContainTextAsync("담당 기관: 보건복지부");

        await Expect(Benefit(Section(Page, "받을 수 있는 혜택"), "출산가구 전기요금 감면")).ToContainTextAsync("월 최대 16,000원 할인");
        await AssertNoSeriousAxeViolationsAsync();
        await AssertFitsAsync(Page, "benefits-parent");
    }

    [Fact]
    public async Task NewPensioner_IsRefusedABadValue_ThenDeclaresIncome_AndGetsTheBasicPension()
    {
        await SignInAsDemoPersonAsync("choi-jinho");
        await Page.GotoAsync("/my/benefits");
        var pension = Benefit(Section(Page, "받을 수도 있는 혜택"), "기초연금");
        await Expect(pension).ToContainTextAsync("확인 필요");
        await Expect(pension).ToContainTextAsync("판단에 필요한 정보: 월 소득인정액(본인과 배우자).");

        await pension.GetByRole(AriaRole.Link, new() { Name = "입력하기" }).ClickAsync();
        await Page.GetByLabel("월 소득인정액").FillAsync("1500000");
        await Page.GetByLabel("월세", new() { Exact = true }).FillAsync("-5");
        await Page.GetByRole(AriaRole.Button, new() { Name = "입력 내용 저장" }).ClickAsync();

        var rent = Page.GetByLabel("월세", new() { Exact = true });
        await Expect(rent).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(rent).ToHaveAccessibleDescriptionAsync("월세: 0 이상의 정수를 입력하거나 비워 두세요.");
        var summaryLink = Page.GetByRole(AriaRole.Alert).GetByRole(AriaRole.Link, new() { Name = "월세: 0 이상의 정수를 입력하거나 비워 두세요." });
        await Expect(summaryLink).ToHaveAttributeAsync("href", "#" + await rent.GetAttributeAsync("id"));
        await AssertNoSeriousAxeViolationsAsync();
        await AssertFitsAsync(Page, "benefits-facts-error");

        // Nothing was saved, not even the sound value beside the bad one.
        await Page.GotoAsync("/my/benefits");
        await Expect(Page.GetByLabel("월 소득인정액")).ToHaveValueAsync("");
        await Expect(Benefit(Section(Page, "받을 수도 있는 혜택"), "기초연금")).ToBeVisibleAsync();

        await Page.GetByLabel("월 소득인정액").FillAsync("1500000");
        await Page.GetByRole(AriaRole.Button, new() { Name = "입력 내용 저장" }).ClickAsync();

        await Expect(Page.GetByText("입력한 정보를 저장했습니다.")).ToBeVisibleAsync();
        var decided = Benefit(Section(Page, "받을 수 있는 혜택"), "기초연금");
        await Expect(decided).ToContainTextAsync("월 342,510원");
        await Expect(Section(Page, "받을 수도 있는 혜택").GetByRole(AriaRole.Heading, new() { Name = "기초연금" })).ToHaveCountAsync(0);
        await decided.GetByText("판단 이유").ClickAsync();
        await Expect(decided.GetByRole(AriaRole.List, new() { Name = "기초연금" })).ToContainTextAsync("충족: 만 65세 이상");
        await Expect(Page.GetByLabel("월 소득인정액")).ToHaveValueAsync("1500000");
        await AssertNoSeriousAxeViolationsAsync();
        await AssertFitsAsync(Page, "benefits-pensioner");
    }

    [Fact]
    public async Task RegisteredBirth_IsOfferedToTheFather_WhoAppliesForTheBundle_OneCasePerAgency()
    {
        await SignInAsRegistrarAtAal2Async("browser-benefits-registrar");
        await RecordBirthAsync(ParkFather, ParkMother, "박하린", "Park Harin");

        var father = await (await NewContextAsync("ko-KR", 1280)).NewPageAsync();
        await SignInAsDemoPersonAsync("park-jihoon", father);
        var offers = await OffersOnceMadeAsync(father, "박하린", "박지훈");
        var codes = await offers.Filter(new() { HasText = "출생신고에 따라 안내" }).EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.offer)");
        Assert.Contains("parental-pay", codes);
        await Expect(offers.Filter(new() { HasText = "부모급여 · 박하린" })).ToContainTextAsync("출생신고에 따라 안내");
        await AssertNoSeriousAxeViolationsAsync(father);
        await AssertFitsAsync(father, "benefits-offers");

        await father.GetByRole(AriaRole.Button, new() { Name = $"출산 혜택 {codes.Length}개 한 번에 신청" }).ClickAsync();

        await Expect(father.GetByText("신청을 보냈습니다.")).ToBeVisibleAsync();
        await Expect(Section(father, "먼저 알려 드리는 혜택")).ToHaveCountAsync(0);
        var cases = Section(father, "나의 신청").GetByRole(AriaRole.Listitem);
        var agencies = AgenciesDeciding(codes);
        await Expect(cases.GetByRole(AriaRole.Heading, new() { Level = 3 })).ToHaveTextAsync([.. agencies.Select(a => new Regex($"^{a}\\s+접수\\s*$"))]);
        await Expect(cases.Filter(new() { HasText = "보건복지부" })).ToContainTextAsync("부모급여 · 박하린");
        await AssertNoSeriousAxeViolationsAsync(father);
        await AssertFitsAsync(father, "benefits-applied");

        await father.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c=en|uic=en", Url = Fixture.BaseAddress.ToString() }]);
        await father.GotoAsync("/my/benefits");
        await Expect(Section(father, "My applications").GetByRole(AriaRole.Heading, new() { Level = 3 }).First).ToContainTextAsync("Submitted");
        await AssertNoSeriousAxeViolationsAsync(father);
        await AssertFitsAsync(father, "benefits-applied-en");
        await father.Context.CloseAsync();
    }

    private static readonly (string Number, string Name) ParkFather = ("900714-1063213", "박지훈");
    private const string ParkMother = "920517-6501152";

    /// <summary>
    /// The case queue of the agency that decides: a registrar records a birth to the Kims, the father applies for the
    /// bundle, the welfare ministry's case officer finds the case, is asked for a reason, grants it, and the father sees
    /// the decision with its reason.
    /// </summary>
    [Fact]
    public async Task AgencyCaseOfficer_GrantsTheBirthCase_AndTheFatherSeesItGranted()
    {
        await SignInAsRegistrarAtAal2Async("browser-queue-registrar");
        await RecordBirthAsync(("780412-1023453", "김민준"), "800923-2045655", "김하람", "Kim Haram");

        var father = await (await NewContextAsync("ko-KR", 1280)).NewPageAsync();
        await SignInAsDemoPersonAsync("kim-minjun", father);
        await OffersOnceMadeAsync(father, "김하람", null);
        await father.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^출산 혜택 \\d+개 한 번에 신청$") }).ClickAsync();
        await Expect(father.GetByText("신청을 보냈습니다.")).ToBeVisibleAsync();

        var officerContext = await NewContextAsync("ko-KR", 1280);
        var officer = await officerContext.NewPageAsync();
        var officerId = await CreateAccountAsync("browser-welfare-officer", "서지원", Egov.Identity.Domain.AccountKind.Official, "official", "case-officer");
        await PlaceInAgencyAsync(officerId, "1352000");
        await SignInWithPasswordAsync("browser-welfare-officer", officer);
        await officer.GotoAsync("/officials/benefits/cases");
        await StepUpWithAuthenticatorAppAsync(officer);
        await Expect(officer.GetByRole(AriaRole.Heading, new() { Name = "기관 처리 대기 사건", Level = 1 })).ToBeVisibleAsync();
        await AssertNoSeriousAxeViolationsAsync(officer);
        await AssertFitsAsync(officer, "benefits-cases");

        await officer.Locator($"a[href$='{await WelfareCaseOfAsync("김하람")}']").ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "부모급여 · 김하람" })).ToBeVisibleAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "지급 결정" }).ClickAsync();
        var reason = officer.GetByLabel("사유");
        await Expect(reason).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(officer.GetByRole(AriaRole.Alert)).ToContainTextAsync("사유를 500자 이내로 쓰세요.");
        await AssertNoSeriousAxeViolationsAsync(officer);
        await AssertFitsAsync(officer, "benefits-case-error");
        await reason.FillAsync("출생신고와 가족관계로 확인함");
        await officer.GetByRole(AriaRole.Button, new() { Name = "지급 결정" }).ClickAsync();
        await Expect(officer.GetByText("처리 결과를 저장하고 신청인에게 알렸습니다.")).ToBeVisibleAsync();
        await AssertNoSeriousAxeViolationsAsync(officer);
        await AssertFitsAsync(officer, "benefits-case-granted");
        await officerContext.CloseAsync();

        await father.GotoAsync("/my/benefits");
        var welfare = Section(father, "나의 신청").GetByRole(AriaRole.Listitem).Filter(new() { HasText = "부모급여 · 김하람" });
        await Expect(welfare.GetByRole(AriaRole.Heading, new() { Level = 3 })).ToHaveTextAsync(new Regex("^보건복지부\\s+지급 결정\\s*$"));
        await Expect(welfare).ToContainTextAsync("사유: 출생신고와 가족관계로 확인함");
        await AssertNoSeriousAxeViolationsAsync(father);
        await AssertFitsAsync(father, "benefits-granted");
        await father.Context.CloseAsync();
    }

    /// <summary>The id of the welfare ministry's case that claims a benefit for the child of that name.</summary>
    private async Task<Guid> WelfareCaseOfAsync(string childName)
    {
        using var scope = Fixture.Host.Services.CreateScope();
        var pack = scope.ServiceProvider.GetRequiredService<CountryPack>();
        var child = (await scope.ServiceProvider.GetRequiredService<Egov.Registries.Data.RegistriesDbContext>().Residents
            .Where(r => r.Name == childName).Select(r => r.Id).ToListAsync()).Single();
        var db = scope.ServiceProvider.GetRequiredService<Egov.Benefits.Data.BenefitsDbContext>();
        return await db.Claims.Where(c => c.BeneficiaryId == child).Join(db.Cases.Where(c => c.Agency == "1352000"), c => c.CaseId, c => c.Id, (_, c) => c.Id).FirstAsync();
    }

    /// <summary>On a parent's record, a daughter born yesterday (in Seoul) to them and the other parent.</summary>
    private async Task RecordBirthAsync((string Number, string Name) parent, string otherParent, string name, string latinName)
    {
        await Page.GetByLabel("주민등록번호").FillAsync(parent.Number);
        await Page.GetByRole(AriaRole.Button, new() { Name = "조회", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = parent.Name, Level = 1 })).ToBeVisibleAsync();
        await Page.Locator("summary", new() { HasTextString = "출생" }).ClickAsync();
        await Page.GetByLabel("아이 이름", new() { Exact = true }).FillAsync(name);
        await Page.GetByLabel("아이 로마자 이름").FillAsync(latinName);
        var yesterdayInSeoul = DateTime.UtcNow.AddHours(9).AddDays(-1);
        await Page.GetByLabel("출생일").FillAsync(yesterdayInSeoul.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await Page.GetByText("여", new() { Exact = true }).ClickAsync();
        await Page.GetByLabel("다른 부모의 주민등록번호").FillAsync(otherParent);
        await Page.GetByRole(AriaRole.Button, new() { Name = "출생 기록" }).ClickAsync();
        await Expect(Page.GetByText("출생을 기록했습니다.")).ToBeVisibleAsync();
    }

    /// <summary>
    /// The offers on the page once both the child's and (when named) the parent's own are made (each person's are saved
    /// apart), reloading as a person would until then.
    /// </summary>
    private static async Task<ILocator> OffersOnceMadeAsync(IPage page, string child, string? parent)
    {
        var deadline = DateTime.UtcNow + OfferPatience;
        await page.GotoAsync("/my/benefits");
        var offers = Section(page, "먼저 알려 드리는 혜택").GetByRole(AriaRole.Listitem);
        while (await offers.Filter(new() { HasText = $" · {child}" }).CountAsync() == 0
            || (parent is not null && await offers.Filter(new() { HasText = $" · {parent}" }).CountAsync() == 0))
        {
            Assert.True(DateTime.UtcNow < deadline, $"no offers for {child} and {parent} within {OfferPatience.TotalSeconds} s");
            await Task.Delay(500, TestContext.Current.CancellationToken);
            await page.ReloadAsync();
        }

        return offers;
    }

    /// <summary>The Korean names of the agencies deciding these benefits, in the order of their codes (as the page lists cases).</summary>
    private string[] AgenciesDeciding(IEnumerable<string> benefitCodes)
    {
        var pack = Fixture.Host.Services.GetRequiredService<CountryPack>();
        return [.. benefitCodes.Select(code => pack.Benefits.Find(code)!.Agency).Distinct().Order(StringComparer.Ordinal)
            .Select(agency => pack.Agencies.Single(a => a.Code == agency).Names["ko"])];
    }

    /// <summary>A section of the page by the start of its heading (headings end with a count).</summary>
    private static ILocator Section(IPage page, string heading) =>
        page.GetByRole(AriaRole.Region, new() { NameRegex = new Regex("^" + Regex.Escape(heading)) });

    /// <summary>A judged benefit in a section, by its name (its heading also carries the outcome).</summary>
    private static ILocator Benefit(ILocator section, string name) =>
        section.GetByRole(AriaRole.Listitem).Filter(new() { Has = section.Page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 3 }) });
}
