using System.Net;
using Egov.Benefits.Applications;
using Egov.Benefits.Data;
using Egov.Benefits.Facts;
using Egov.Benefits.LifeEvents;
using Egov.Benefits.Offers;
using Egov.Registries.Contracts;
using Egov.Registries.Data;
using Egov.Registries.LifeEvents;
using Egov.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Egov.Benefits.Tests.BenefitsJourney;

namespace Egov.Benefits.Tests;

/// <summary>
/// The moving and bereavement bundles on the demo day: a registered move reaches the agencies of the pack's moving
/// routes once (schools only for a school-age mover; the vehicle register of the new region's government); a
/// registered death stops the deceased's benefits, and a son files one inquiry that reaches every bereavement agency,
/// which nobody outside the family can.
/// </summary>
public sealed class LifeEventBundleTests : IAsyncLifetime
{
    private static readonly DateOnly Yesterday = new(2026, 12, 5);

    private TestDatabase database = null!;
    private DemoDayHost host = null!;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(Ct);
        host = new DemoDayHost(database);
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

    private async Task MoveAsync(string person, string toRegion)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var address = await scope.ServiceProvider.GetRequiredService<RegistriesDbContext>().Addresses.FirstAsync(a => a.RegionCode == toRegion, Ct);
        var moved = await scope.ServiceProvider.GetRequiredService<RegisterChanges>().MoveInAsync(Resident(person), address.Id, Yesterday, "child", "account:test", Ct);
        Assert.True(moved.Succeeded, string.Join(", ", moved.Violations));
    }

    private async Task<List<string>> MovingAgenciesAsync(Guid mover)
    {
        Assert.True(await EventuallyAsync(host, db => db.Applications.AnyAsync(a => a.ApplicantId == mover && a.Bundle == MovingNotices.Trigger, Ct)), "the move was never routed");
        Assert.True(await EventuallyAsync(host, async db => !await db.OfferRequests.AnyAsync(r => r.DoneAt == null, Ct)));
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BenefitsDbContext>();
        var application = await db.Applications.SingleAsync(a => a.ApplicantId == mover && a.Bundle == MovingNotices.Trigger, Ct);
        return [.. (await db.Cases.Where(c => c.ApplicationId == application.Id).Select(c => c.Agency).ToListAsync(Ct)).Order(StringComparer.Ordinal)];
    }

    [Fact]
    public async Task Move_ReachesTheAgenciesOnce_SchoolsOnlyForASchoolAgeMover()
    {
        // 김서아 (14) moves to her grandfather's in Gangwon; 최진호 (65) to Gyeonggi.
        await MoveAsync("kim-seoa", "51170");
        await MoveAsync("choi-jinho", "41117");

        // Health insurance and pension (1352000), tax (1210000), schools (1342000), the new region's government.
        Assert.Equal(["1210000", "1342000", "1352000", "6530000"], await MovingAgenciesAsync(Resident("kim-seoa")));
        Assert.Equal(["1210000", "1352000", "6410000"], await MovingAgenciesAsync(Resident("choi-jinho")));

        var choi = await CitizenAtTheBrowser.SignedInAsync(host, "choi", Resident("choi-jinho"));
        var page = await choi.PageAsync("/my/benefits");
        var vehicle = page.QuerySelector("[data-case='6410000']")!;
        Assert.Equal(CaseStatus.Submitted, vehicle.GetAttribute("data-status"));
        Assert.Contains("자동차 등록 주소 변경", vehicle.TextContent, StringComparison.Ordinal);
        Assert.Contains("건강보험 자격 주소 변경, 국민연금 가입자 주소 변경", page.QuerySelector("[data-case='1352000']")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(host.LoggedErrors);
    }

    [Fact]
    public async Task Death_StopsTheBenefits_AndASonFilesOneInquiry_WhichAStrangerCannot()
    {
        var father = Resident("kim-youngsoo");
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var services = scope.ServiceProvider;
            Assert.Empty(await services.GetRequiredService<FactStore>().DeclareAsync(father, new Dictionary<string, string?> { ["MonthlyIncome"] = "900000" }, "account:test", Ct));
            var offers = await services.GetRequiredService<ProactiveOffers>().OfferAsync(new ResidentId(father), "sweep", Yesterday, Ct);
            await services.GetRequiredService<BenefitsDbContext>().SaveChangesAsync(Ct);
            var (applied, refusal) = await services.GetRequiredService<BenefitApplications>().ApplyAsync(
                new ResidentId(father), [.. offers.Select(o => o.Id)], null, new DataPurpose("account:test", "test", "test"), Ct);
            Assert.True(applied is not null, refusal);
            var died = await services.GetRequiredService<RegisterChanges>().DeathAsync(father, Yesterday, "account:test", Ct);
            Assert.True(died.Succeeded);
        }

        Assert.True(await EventuallyAsync(host, async db => await db.Claims.AnyAsync(c => c.BeneficiaryId == father, Ct)
            && await db.Claims.Where(c => c.BeneficiaryId == father).AllAsync(c => c.StoppedOn == Yesterday, Ct)), "the claims did not stop");

        var son = await CitizenAtTheBrowser.SignedInAsync(host, "son", Resident("kim-minjun"));
        var page = await son.PageAsync("/my/benefits");
        var deceased = page.QuerySelector($"[data-deceased='{father}']")!;
        Assert.Contains("기초연금", deceased.QuerySelector("[data-stopped]")!.TextContent, StringComparison.Ordinal);
        using var filed = await son.PostFormAsync("/my/benefits", "Inquire", [new("deceased", father.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, filed.StatusCode);
        using var twice = await son.PostFormAsync("/my/benefits", "Inquire", [new("deceased", father.ToString())]);
        Assert.Equal(HttpStatusCode.OK, twice.StatusCode);
        Assert.Contains("이미 조회를 신청했습니다", await twice.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var stranger = await CitizenAtTheBrowser.SignedInAsync(host, "stranger", Resident("park-jihoon"));
        using var refused = await stranger.PostFormAsync("/my/benefits", "Inquire", [new("deceased", father.ToString())]);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);

        await using var check = host.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<BenefitsDbContext>();
        var inquiry = await db.Applications.SingleAsync(a => a.Bundle == BereavementInquiries.Bundle, Ct);
        Assert.Equal((Resident("kim-minjun"), (Guid?)father), (inquiry.ApplicantId, inquiry.SubjectId));
        Assert.Equal(["1210000", "1352000", "1613000", "1741000"],
            (await db.Cases.Where(c => c.ApplicationId == inquiry.Id).Select(c => c.Agency).ToListAsync(Ct)).Order(StringComparer.Ordinal));
        var after = await son.PageAsync("/my/benefits");
        Assert.Contains("조회 신청함", after.QuerySelector($"[data-deceased='{father}']")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(host.LoggedErrors);
    }
}
