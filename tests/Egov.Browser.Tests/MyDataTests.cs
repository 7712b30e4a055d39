using Egov.Identity.Domain;
using Egov.Platform.Audit;
using Egov.Platform.Packs;
using Egov.Registries.Contracts;
using Egov.Registries.Tests.Support;
using Egov.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Egov.Browser.Tests;

/// <summary>A citizen opens their register data from the home page, then the log of who looked at it.</summary>
public sealed class MyDataTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Citizen_SeesTheirRegisterData_AndWhoLookedAtIt()
    {
        await SignInAsDemoPersonAsync("kim-minjun");
        await ReadAndRefuseAsync("kim-minjun");

        await Page.GotoAsync("/");
        await Page.GetByRole(AriaRole.Link, new() { Name = "내 등록 정보" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "내 등록 정보", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByText("780412-1******")).ToBeVisibleAsync();
        var family = Page.GetByRole(AriaRole.Region, new() { Name = "가족" });
        // The six relatives of the demo register, each listed (other journeys sharing this host may add a newborn).
        foreach (var relative in new[] { "김영수", "최말순", "이서연", "김하윤", "김지호", "김서아" })
        {
            await Expect(family.GetByRole(AriaRole.Listitem).Filter(new() { HasText = relative })).ToHaveCountAsync(1);
        }

        await Expect(family.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "이서연" })).ToContainTextAsync("배우자");
        await Expect(family.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "최말순" })).ToContainTextAsync("사망");
        await Expect(Page.GetByRole(AriaRole.Region, new() { Name = "주소" })).ToContainTextAsync("자하문로 100");
        await AssertNoSeriousAxeViolationsAsync();
        await SaveScreenshotAsync("my-data-1280");
        await SaveScreenshotAsync("my-data-390", width: 390);

        await Page.GetByRole(AriaRole.Link, new() { Name = "누가 내 정보를 열람했는지 보기" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "내 정보 열람 기록", Level = 1 })).ToBeVisibleAsync();
        var entries = Page.GetByRole(AriaRole.List, new() { Name = "최근 기록" }).GetByRole(AriaRole.Listitem);
        await Expect(entries.First).ToContainTextAsync("내 등록 정보 열람");
        await Expect(entries.First).ToContainTextAsync("열람자: 나");
        await Expect(entries.Nth(1)).ToContainTextAsync("거부됨");
        await Expect(entries.Nth(2)).ToContainTextAsync("제휴 서비스 demo-bank");
        await AssertNoSeriousAxeViolationsAsync();
        await SaveScreenshotAsync("my-data-access-1280");
        await SaveScreenshotAsync("my-data-access-390", width: 390);
    }

    [Fact]
    public async Task Citizen_WithEveryRegisterFilled_SeesEachSectionAsAList()
    {
        var family = await new TestRegister(Fixture.Host.Services).AddFamilyAsync("박지성", "김미라", "박서준", "지성상사");
        using (var scope = Fixture.Host.Services.CreateScope())
        {
            var account = new Account { UserName = "browser-full-family", DisplayName = "박지성", Kind = AccountKind.Citizen, ResidentId = family.Person, CreatedAt = DateTime.UtcNow };
            (await scope.ServiceProvider.GetRequiredService<UserManager<Account>>().CreateAsync(account, TestPassword)).AssertSucceeded();
        }

        await SignInWithPasswordAsync("browser-full-family");
        await Page.GotoAsync("/my/data");

        await Expect(Page.GetByRole(AriaRole.Region, new() { Name = "주소" })).ToContainTextAsync("(03171) 서울특별시 종로구 세종대로 209, 101동 1001호");
        await Expect(Page.GetByRole(AriaRole.Region, new() { Name = "세대 구성원" }).GetByRole(AriaRole.Listitem)).ToHaveCountAsync(3);
        await Expect(Page.GetByRole(AriaRole.Region, new() { Name = "소유 부동산" })).ToContainTextAsync("근저당권");
        await Expect(Page.GetByRole(AriaRole.Region, new() { Name = "대표하는 법인" })).ToContainTextAsync("지성상사");
        await AssertNoSeriousAxeViolationsAsync();
        await SaveScreenshotAsync("my-data-full-1280");
        await SaveScreenshotAsync("my-data-full-390", width: 390);
    }

    /// <summary>A partner reads the person's details through the registers' contract, then an agency is refused.</summary>
    private async Task ReadAndRefuseAsync(string key)
    {
        using var scope = Fixture.Host.Services.CreateScope();
        var person = scope.ServiceProvider.GetRequiredService<CountryPack>().Demo!.People.Single(p => p.Key == key);
        var resident = await scope.ServiceProvider.GetRequiredService<IResidentDirectory>().FindByIdentifierAndNameAsync(
            person.Identifier, person.Name, new DataPurpose("client:demo-bank", "identity.proofing", "전자금융거래법 제6조"), TestContext.Current.CancellationToken);
        await scope.ServiceProvider.GetRequiredService<IAuditLog>().AppendAsync(
            new AuditRecord("agency:1741000", "registries.exchange.denied", $"resident:{resident!.Id.Value}", Purpose: "benefits.eligibility", LegalBasis: "동의 없음"),
            TestContext.Current.CancellationToken);
    }
}
