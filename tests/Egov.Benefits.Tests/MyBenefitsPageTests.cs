using System.Net;
using Egov.Benefits.Data;
using Egov.Registries.Domain;
using Egov.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Benefits.Tests;

/// <summary>/my/benefits through HTTP: a parent sees the newborn's benefits, a new pensioner declares income and is decided.</summary>
public sealed class MyBenefitsPageTests : IAsyncLifetime
{
    private TestDatabase database = null!;
    private DemoDayHost host = null!;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(Ct);
        host = new DemoDayHost(database);
    }

    public async ValueTask DisposeAsync()
    {
        await host.DisposeAsync();
        await database.DisposeAsync();
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Guid Resident(string key) => StableId.For("kr", "resident", key);

    [Fact]
    public async Task Parent_SeesTheNewbornsBenefits_WithAmountsAndReasons()
    {
        var father = await CitizenAtTheBrowser.SignedInAsync(host, "park-jihoon", Resident("park-jihoon"));

        var page = await father.PageAsync("/my/benefits");

        var child = page.QuerySelector($"section[aria-labelledby='child-{Resident("park-doyun")}']")!;
        Assert.Contains("박도윤", child.QuerySelector("h2")!.TextContent, StringComparison.Ordinal);
        string Outcome(string code) => child.QuerySelector($"[data-benefit='{code}']")?.GetAttribute("data-outcome") ?? "absent";
        Assert.Equal(("gets", "gets", "gets"), (Outcome("child-allowance"), Outcome("parental-pay"), Outcome("first-meeting-voucher")));
        Assert.Contains("월 1,000,000원", child.QuerySelector("[data-benefit='parental-pay']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("1회 2,000,000원", child.QuerySelector("[data-benefit='first-meeting-voucher']")!.TextContent, StringComparison.Ordinal);
        var own = page.QuerySelector("section[aria-labelledby='gets-heading']")!;
        Assert.NotNull(own.QuerySelector("[data-benefit='birth-household-electricity-discount']"));
        Assert.Contains("생후 24개월 미만", child.QuerySelector("[data-benefit='parental-pay'] [data-result='met']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewPensioner_DeclaresIncome_AndTheBasicPensionIsDecided()
    {
        var choi = await CitizenAtTheBrowser.SignedInAsync(host, "choi-jinho", Resident("choi-jinho"));
        var before = await choi.PageAsync("/my/benefits");
        var pension = before.QuerySelector("[data-benefit='basic-pension']")!;
        Assert.Equal("may-get", pension.GetAttribute("data-outcome"));
        Assert.Contains("월 소득인정액", pension.TextContent, StringComparison.Ordinal);

        using var saved = await choi.PostFormAsync("/my/benefits", "Facts", [new("Facts[MonthlyIncome]", "1500000")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var after = await choi.PageAsync("/my/benefits?saved=true");
        var decided = after.QuerySelector("section[aria-labelledby='gets-heading'] [data-benefit='basic-pension']")!;
        Assert.Contains("월 342,510원", decided.TextContent, StringComparison.Ordinal);
        Assert.Equal("1500000", after.QuerySelector("#Facts_MonthlyIncome_")!.GetAttribute("value"));
    }

    [Fact]
    public async Task BadFactValue_ShowsAReadableError_AndWritesNothing()
    {
        var choi = await CitizenAtTheBrowser.SignedInAsync(host, "choi-jinho", Resident("choi-jinho"));

        using var response = await choi.PostFormAsync("/my/benefits", "Facts", [new("Facts[MonthlyIncome]", "1500000"), new("Facts[MonthlyRent]", "-5")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("월세: 0 이상의 정수를 입력하거나 비워 두세요.", html, StringComparison.Ordinal);
        await using var scope = host.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<BenefitsDbContext>().Facts.AnyAsync(Ct));
    }

    [Fact]
    public async Task AccountWithoutResident_IsToldWhy_AndCannotDeclare()
    {
        var stranger = await CitizenAtTheBrowser.SignedInAsync(host, "no-resident", residentId: null);

        var page = await stranger.PageAsync("/my/benefits");
        using var post = await stranger.PostFormAsync("/my/benefits", "Facts", [new("Facts[MonthlyIncome]", "1")]);

        Assert.Contains("주민등록이 된 사람을 기준으로", page.Body!.TextContent, StringComparison.Ordinal);
        // Refused (the sign-in scheme sends a refusal to its access-denied page), never saved.
        Assert.DoesNotContain("saved", post.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        await using var scope = host.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<BenefitsDbContext>().Facts.AnyAsync(Ct));
    }

    [Fact]
    public async Task RulesApi_ListsTheRulesInForce_AndRefusesABadDateWithAProblem()
    {
        using var client = host.CreateClient();

        using var rules = await client.GetAsync("/api/v1/benefits/rules?asOf=2025-06-01&language=en", Ct);
        using var bad = await client.GetAsync("/api/v1/benefits/rules?asOf=June", Ct);

        Assert.Equal(HttpStatusCode.OK, rules.StatusCode);
        var body = await rules.Content.ReadAsStringAsync(Ct);
        Assert.Contains("\"when\":\"AgeMonths < 96\"", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
    }
}
