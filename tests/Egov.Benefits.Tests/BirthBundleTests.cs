using System.Net;
using Egov.Benefits.Data;
using Egov.Benefits.Offers;
using Egov.Platform.Packs;
using Egov.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Benefits.Tests;

/// <summary>
/// A second child is born to the Parks: the registered birth reaches Benefits through the outbox, the newborn's and the
/// parents' new benefits are offered, and the father applies for all of them in one click — one application, one case
/// per deciding agency, each benefit claimed once.
/// </summary>
public sealed class BirthBundleTests : IAsyncLifetime
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

    private static Guid Resident(string key) => BenefitsJourney.Resident(key);

    private Task<Guid> RegisterBirthAsync() => BenefitsJourney.RegisterBirthAsync(host, new DateOnly(2026, 12, 5));

    private Task<List<Offer>> OffersForAsync(Guid person) => BenefitsJourney.OffersForAsync(host, person);

    [Fact]
    public async Task Birth_OffersTheBirthBenefits_AndOneClickAppliesOncePerAgency()
    {
        var child = await RegisterBirthAsync();

        var offers = await OffersForAsync(child);
        Assert.Equal(["child-allowance", "first-meeting-voucher", "parental-pay"], offers.Select(o => o.BenefitCode).Order());
        Assert.Equal(3_000_000m, offers.Single(o => o.BenefitCode == "first-meeting-voucher").Amount);
        Assert.All(offers, o => Assert.Equal(BirthOffers.Trigger, o.Trigger));

        var father = await CitizenAtTheBrowser.SignedInAsync(host, "park-jihoon", Resident("park-jihoon"));
        // Told once, though both his child's and his own offers were made.
        var inbox = await father.PageAsync("/my/notifications");
        Assert.Single(inbox.QuerySelectorAll("main a"), a => a.TextContent.Contains("새로 받을 수 있는 혜택이 있습니다", StringComparison.Ordinal));
        var page = await father.PageAsync("/my/benefits");
        Assert.Equal(3, page.QuerySelectorAll($"[data-offer][data-for='{child}']").Length);
        Assert.Contains("월 1,000,000원", page.QuerySelector($"[data-offer='parental-pay'][data-for='{child}']")!.TextContent, StringComparison.Ordinal);
        using var applied = await father.PostFormAsync("/my/benefits", "Apply", [new("bundle", "birth")]);
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BenefitsDbContext>();
        var application = await db.Applications.SingleAsync(Ct);
        Assert.Equal(("birth", Resident("park-jihoon")), (application.Bundle, application.ApplicantId));
        var cases = await db.Cases.Where(c => c.ApplicationId == application.Id).ToListAsync(Ct);
        Assert.Equal(cases.Count, cases.Select(c => c.Agency).Distinct().Count());
        var claims = await db.Claims.ToListAsync(Ct);
        Assert.Equal(claims.Count, claims.Select(c => (c.BeneficiaryId, c.BenefitCode)).Distinct().Count());
        Assert.Contains(claims, c => c.BeneficiaryId == child && c.BenefitCode == "parental-pay" && c.Amount == 1_000_000m);
        // The father applies for himself and his minor children; the mother's own offers wait for her.
        var offersNow = await db.Offers.Where(o => o.Trigger == BirthOffers.Trigger).ToListAsync(Ct);
        Assert.All(offersNow.Where(o => o.BeneficiaryId != Resident("nguyen-thilan")), o => Assert.Equal(OfferStatus.Applied, o.Status));
        Assert.All(offersNow.Where(o => o.BeneficiaryId == Resident("nguyen-thilan")), o => Assert.Equal(OfferStatus.Offered, o.Status));

        var after = await father.PageAsync("/my/benefits?done=applied");
        Assert.Empty(after.QuerySelectorAll("[data-offer]"));
        Assert.Equal(claims.Count, offersNow.Count(o => o.Status == OfferStatus.Applied));
        Assert.Equal(cases.Count, after.QuerySelectorAll("[data-case][data-status='submitted']").Length);
    }

    [Fact]
    public async Task Stranger_CannotApplyForSomeoneElsesOffer()
    {
        var child = await RegisterBirthAsync();
        var offer = (await OffersForAsync(child)).First();
        var stranger = await CitizenAtTheBrowser.SignedInAsync(host, "kim-minjun", Resident("kim-minjun"));

        using var response = await stranger.PostFormAsync("/my/benefits", "Apply", [new("offer", offer.Id.ToString())]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("더 이상 신청할 수 없는 안내입니다", html, StringComparison.Ordinal);
        // The error summary's link has somewhere to go though the stranger has no offers at all.
        Assert.Contains("href=\"#offers\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"offers\"", html, StringComparison.Ordinal);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BenefitsDbContext>();
        Assert.False(await db.Applications.AnyAsync(Ct));
        Assert.Equal(OfferStatus.Offered, (await db.Offers.SingleAsync(o => o.Id == offer.Id, Ct)).Status);
    }
}
