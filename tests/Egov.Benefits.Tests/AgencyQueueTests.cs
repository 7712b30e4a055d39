using System.Net;
using AngleSharp.Html.Parser;
using Egov.Benefits.Applications;
using Egov.Benefits.Data;
using Egov.Platform.Packs;
using Egov.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Egov.Benefits.Tests.BenefitsJourney;

namespace Egov.Benefits.Tests;

/// <summary>
/// <c>/officials/benefits/cases</c>: the welfare ministry's case officer sees the birth bundle's case routed to the
/// ministry, refuses to decide without a reason, grants it with one; the father sees the decision and is told. The
/// tax service's case officer sees none of it, and an official without the role is turned away.
/// </summary>
public sealed class AgencyQueueTests : IAsyncLifetime
{
    private TestDatabase database = null!;
    private EgovHostFactory host = null!;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(Ct);
        // The real clock: the officials' authenticator codes are computed from it.
        host = new EgovHostFactory(database, new Dictionary<string, string?> { ["Identity:SeedDemoAccounts"] = "true" });
        // Started (and migrated) here: on a fresh PostgreSQL database EF logs the missing migration history as an error.
        _ = host.Services;
        host.LoggedErrors.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        await host.DisposeAsync();
        await database.DisposeAsync();
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A birth yesterday, the father applying for the bundle: the welfare ministry's case.</summary>
    private async Task<AgencyCase> WelfareCaseAsync()
    {
        var today = host.Services.GetRequiredService<CountryPack>().Today(TimeProvider.System);
        var child = await RegisterBirthAsync(host, today.AddDays(-1));
        Assert.NotEmpty(await OffersForAsync(host, child));
        var father = await CitizenAtTheBrowser.SignedInAsync(host, "father", Resident("park-jihoon"));
        using var applied = await father.PostFormAsync("/my/benefits", "Apply", [new("bundle", "birth")]);
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BenefitsDbContext>().Cases.SingleAsync(c => c.Agency == "1352000", Ct);
    }

    [Fact]
    public async Task CaseOfficer_GrantsTheCaseWithAReason_AndTheFatherSeesItAndIsTold()
    {
        var welfareCase = await WelfareCaseAsync();
        var officer = await DemoOfficials.AtAal2Async(host, DemoOfficials.WelfareCaseOfficer);

        using var list = await officer.GetAsync("/officials/benefits/cases");
        var listed = new HtmlParser().ParseDocument(await list.Content.ReadAsStringAsync(Ct));
        Assert.Equal([welfareCase.Id.ToString()], listed.QuerySelectorAll("tr[data-case]").Select(r => r.GetAttribute("data-case")));

        using var page = await officer.GetAsync($"/officials/benefits/cases/{welfareCase.Id}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync(Ct);
        Assert.Contains("부모급여 · 박서준", html, StringComparison.Ordinal);
        using var noReason = await officer.SubmitAsync(page, new Dictionary<string, string> { ["Reason"] = " ", ["decision"] = "grant" });
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Contains("사유를 500자 이내로 쓰세요.", await noReason.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        using var again = await officer.GetAsync($"/officials/benefits/cases/{welfareCase.Id}");
        using var granted = await officer.SubmitAsync(again, new Dictionary<string, string> { ["Reason"] = "출생신고로 확인됨", ["decision"] = "grant" });
        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);

        var father = await CitizenAtTheBrowser.SignedInAsync(host, "father-again", Resident("park-jihoon"));
        var benefits = await father.PageAsync("/my/benefits");
        var decided = benefits.QuerySelector("[data-case='1352000']")!;
        Assert.Equal(CaseStatus.Granted, decided.GetAttribute("data-status"));
        Assert.Contains("사유: 출생신고로 확인됨", decided.TextContent, StringComparison.Ordinal);
        var inbox = await father.PageAsync("/my/notifications");
        Assert.Contains(inbox.QuerySelectorAll("main a"), a => a.TextContent.Contains("보건복지부에서 신청을 처리했습니다", StringComparison.Ordinal));

        // Decided once: a second decision changes nothing.
        using var late = await officer.GetAsync($"/officials/benefits/cases/{welfareCase.Id}");
        Assert.DoesNotContain("name=\"decision\"", await late.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BenefitsDbContext>();
        var saved = await db.Cases.SingleAsync(c => c.Id == welfareCase.Id, Ct);
        Assert.Equal((CaseStatus.Granted, "출생신고로 확인됨"), (saved.Status, saved.Reason));
        Assert.StartsWith("account:", saved.DecidedBy, StringComparison.Ordinal);
        Assert.Empty(host.LoggedErrors);
    }

    [Fact]
    public async Task AnotherAgencysOfficer_SeesNothingOfTheCase_AndAnOfficialWithoutTheRoleIsTurnedAway()
    {
        var welfareCase = await WelfareCaseAsync();

        var taxOfficer = await DemoOfficials.AtAal2Async(host, DemoOfficials.TaxCaseOfficer);
        using var list = await taxOfficer.GetAsync("/officials/benefits/cases");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.DoesNotContain(welfareCase.Id.ToString(), await list.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        using var open = await taxOfficer.GetAsync($"/officials/benefits/cases/{welfareCase.Id}");
        Assert.Equal(HttpStatusCode.NotFound, open.StatusCode);

        var reader = await DemoOfficials.AtAal2Async(host, DemoOfficials.Reader);
        using var forbidden = await reader.GetAsync("/officials/benefits/cases");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);

        await using var scope = host.Services.CreateAsyncScope();
        Assert.Equal(CaseStatus.Submitted, (await scope.ServiceProvider.GetRequiredService<BenefitsDbContext>().Cases.SingleAsync(c => c.Id == welfareCase.Id, Ct)).Status);
    }
}
