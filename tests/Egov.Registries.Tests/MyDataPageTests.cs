using System.Net;
using System.Text.Json;
using Egov.Identity.Contracts;
using Egov.Identity.Data;
using Egov.Identity.Domain;
using Egov.Platform.Data;
using Egov.Registries.MyData;
using Egov.Registries.Tests.Support;
using Egov.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Registries.Tests;

/// <summary>
/// <c>/my/data</c> through HTTP on the real host: the signed-in person's register entries, only theirs whatever
/// the address says, the number masked, and the read logged for them.
/// </summary>
public sealed class MyDataPageTests(EgovHostFixture host) : IClassFixture<EgovHostFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private TestRegister Register => new(host.Factory.Services);

    [Fact]
    public async Task MyData_ShowsThePersonsRegisterEntries_NumberMasked()
    {
        var (me, number, _) = await Register.AddFamilyAsync("박지성", "김미라", "박서준", "지성상사");
        var person = await CitizenAtTheBrowser.SignedInAsync(host.Factory, "mydata-full", me);

        var page = await person.PageAsync("/my/data");

        var text = page.QuerySelector("main")!.TextContent;
        Assert.Equal("내 등록 정보", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("박지성", text, StringComparison.Ordinal);
        Assert.Contains($"{number[..6]}-{number[6]}******", text, StringComparison.Ordinal);
        Assert.DoesNotContain(number[7..], text, StringComparison.Ordinal);
        Assert.Contains("(03171) 서울특별시 종로구 세종대로 209, 101동 1001호", Section(page, "my-address"), StringComparison.Ordinal);
        Assert.Contains("강남구 테헤란로 152", Section(page, "my-address"), StringComparison.Ordinal);
        Assert.Contains("세대주의 배우자", Section(page, "my-household"), StringComparison.Ordinal);
        Assert.Contains("김미라", Section(page, "my-household"), StringComparison.Ordinal);
        var family = Section(page, "my-family");
        Assert.Contains("박영철", family, StringComparison.Ordinal);
        Assert.Contains("사망", family, StringComparison.Ordinal);
        Assert.Contains("박서준", family, StringComparison.Ordinal);
        var property = Section(page, "my-property");
        Assert.Contains("광화문아파트", property, StringComparison.Ordinal);
        Assert.Contains("지분 1/2", property, StringComparison.Ordinal);
        Assert.Contains("근저당권", property, StringComparison.Ordinal);
        Assert.Contains("360,000,000원", property, StringComparison.Ordinal);
        Assert.Contains("발한동 산12", property, StringComparison.Ordinal);
        Assert.Contains("임야 · 15,000.00㎡", property, StringComparison.Ordinal);
        Assert.Contains("사업자등록번호 104-81-", Section(page, "my-companies"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyData_InEnglish_WritesAddressesWithTheEnglishTemplate()
    {
        var family = await Register.AddFamilyAsync("유재석", "나경은", "유지호", "재석기획");
        var person = await CitizenAtTheBrowser.SignedInAsync(host.Factory, "mydata-english", family.Person);
        person.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var page = await person.PageAsync("/my/data");

        Assert.Equal("My register data", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("101동 1001호, 209 세종대로, Jongno-gu, Seoul 03171", Section(page, "my-address"), StringComparison.Ordinal);
        Assert.Contains("Spouse of the head", Section(page, "my-household"), StringComparison.Ordinal);
        Assert.Contains("Share 1/2", Section(page, "my-property"), StringComparison.Ordinal);
        // Land categories and building uses by the pack's names in the reader's language, not by their codes.
        Assert.Contains("Apartment building ·", Section(page, "my-property"), StringComparison.Ordinal);
        Assert.Contains("Forest ·", Section(page, "my-property"), StringComparison.Ordinal);
        Assert.DoesNotContain("임야", Section(page, "my-property"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyData_ShowsOnlyTheSessionsPerson_WhateverTheAddressSays()
    {
        var someoneElse = (await Register.AddFamilyAsync("최강희", "윤하나", "최민호", "강희물산")).Person;
        var me = await Register.AddPersonAsync("정다운");
        var person = await CitizenAtTheBrowser.SignedInAsync(host.Factory, "mydata-idor", me);

        foreach (var url in new[] { "/my/data", $"/my/data?id={someoneElse}", $"/my/data?residentId={someoneElse}", $"/my/data/access?resident={someoneElse}" })
        {
            var text = (await person.PageAsync(url)).QuerySelector("main")!.TextContent;
            Assert.DoesNotContain("최강희", text, StringComparison.Ordinal);
            Assert.DoesNotContain("윤하나", text, StringComparison.Ordinal);
        }

        Assert.Empty(await EntriesAsync(someoneElse));
    }

    [Fact]
    public async Task MyData_WithNothingRegistered_SaysSoInEachSection()
    {
        var me = await Register.AddPersonAsync("홍나래");
        var person = await CitizenAtTheBrowser.SignedInAsync(host.Factory, "mydata-empty", me);

        var page = await person.PageAsync("/my/data");

        Assert.Contains("등록된 주소가 없습니다", Section(page, "my-address"), StringComparison.Ordinal);
        Assert.Contains("세대에 등록되어 있지 않습니다", Section(page, "my-household"), StringComparison.Ordinal);
        Assert.Contains("등록된 가족 관계가 없습니다", Section(page, "my-family"), StringComparison.Ordinal);
        Assert.Contains("소유한 토지나 건물이 없습니다", Section(page, "my-property"), StringComparison.Ordinal);
        Assert.Contains("대표자로 등록된 법인이 없습니다", Section(page, "my-companies"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyData_Read_IsLoggedForThePerson_AsASelfView()
    {
        var me = await Register.AddPersonAsync("이로운");
        var person = await CitizenAtTheBrowser.SignedInAsync(host.Factory, "mydata-logged", me);

        await person.PageAsync("/my/data");

        var entry = Assert.Single(await EntriesAsync(me));
        Assert.Equal(
            ($"account:{person.AccountId}", MyRegisterReader.Action, "registries.self-view", (string?)null),
            (entry.Actor, entry.Action, entry.Purpose, entry.OnBehalfOf));
        var access = await person.PageAsync("/my/data/access");
        var item = Assert.Single(access.QuerySelectorAll("main ol > li"));
        Assert.Contains("내 등록 정보 열람", item.TextContent, StringComparison.Ordinal);
        Assert.Contains("열람자: 나", item.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyData_WhileActingForAChild_ShowsTheChilds_AndLogsBothPeople()
    {
        var family = await Register.AddFamilyAsync("남궁민", "서지혜", "남궁별", "민상회");
        var parent = await CitizenAtTheBrowser.SignedInAsync(host.Factory, "mydata-parent", family.Person);
        using (var acting = await parent.PostFormAsync("/account/act-for", "Start", [new("kind", "Guardian"), new("subject", family.Child.ToString())]))
        {
            Assert.Equal(HttpStatusCode.Redirect, acting.StatusCode);
        }

        var page = await parent.PageAsync("/my/data");

        Assert.Equal("남궁별 님의 등록 정보", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("2015년 5월 5일", Section(page, "my-person"), StringComparison.Ordinal);
        Assert.DoesNotContain(family.Number[..6], page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("남궁민", Section(page, "my-family"), StringComparison.Ordinal);
        var entry = Assert.Single(await EntriesAsync(family.Child), e => e.Action == MyRegisterReader.Action);
        Assert.Equal(($"account:{parent.AccountId}", $"resident:{family.Child}"), (entry.Actor, entry.OnBehalfOf));
        Assert.DoesNotContain(await EntriesAsync(family.Person), e => e.Action == MyRegisterReader.Action);
        Assert.Contains(await DelegationUsesAsync(), used => used.ActorAccountId == parent.AccountId && used.Action == MyRegisterReader.Action
            && used.Subject == $"resident:{family.Child}");
        var logged = (await parent.PageAsync("/my/data/access")).QuerySelector("main ol > li")!.TextContent;
        Assert.Contains("열람자: 나 (대리)", logged, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(nameof(AccountKind.Citizen), "아직 본인 확인을 하지 않아", "/account/register")]
    [InlineData(nameof(AccountKind.Official), "공무원 계정은 직위에 연결되어", null)]
    public async Task Pages_ForAnAccountWithoutAResident_SayWhy(string kind, string why, string? link)
    {
        var person = await CitizenAtTheBrowser.SignedInAsync(host.Factory, $"mydata-none-{kind}", null, Enum.Parse<AccountKind>(kind));

        foreach (var url in new[] { "/my/data", "/my/data/access" })
        {
            var page = await person.PageAsync(url);
            Assert.Contains(why, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
            Assert.Equal(link is not null, page.QuerySelectorAll($"main a[href='{link}']").Length == 1);
        }
    }

    [Theory]
    [InlineData("/my/data")]
    [InlineData("/my/data/access")]
    public async Task Pages_ForAnAnonymousVisitor_SendThemToSignIn(string url)
    {
        using var response = await new PersonAtTheBrowser(host.Factory).GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/sign-in", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private static string Section(AngleSharp.Dom.IDocument page, string heading) =>
        page.QuerySelector($"section[aria-labelledby={heading}]")!.TextContent;

    private async Task<List<Egov.Platform.Audit.AuditEntry>> EntriesAsync(Guid resident)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var subject = $"resident:{resident}";
        return await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().AuditEntries.Where(e => e.Subject == subject).ToListAsync(Ct);
    }

    /// <summary>The delegation uses Identity published for the Security module.</summary>
    private async Task<List<DelegationUsed>> DelegationUsesAsync()
    {
        using var scope = host.Factory.Services.CreateScope();
        var payloads = await scope.ServiceProvider.GetRequiredService<IdentityModuleDbContext>().OutboxMessages.AsNoTracking()
            .Where(m => m.Type == typeof(DelegationUsed).FullName).Select(m => m.Payload).ToListAsync(Ct);
        return [.. payloads.Select(p => JsonSerializer.Deserialize<DelegationUsed>(p, JsonSerializerOptions.Web)!)];
    }
}
