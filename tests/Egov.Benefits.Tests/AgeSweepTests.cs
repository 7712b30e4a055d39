using Egov.Benefits.Data;
using Egov.Benefits.Facts;
using Egov.Benefits.Offers;
using Egov.Benefits.Sweep;
using Egov.Platform.Jobs;
using Egov.Registries.Domain;
using Egov.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Benefits.Tests;

/// <summary>
/// The daily sweep for age thresholds on the demo day: 최진호 turned 65 on 5 December 2026 and declared an income under
/// the threshold, so the sweep offers him the basic pension (and senior jobs) — once, though two host copies run the job and the sweep
/// is run again after it was cut short.
/// </summary>
public sealed class AgeSweepTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static readonly DateOnly Birthday = new(2026, 12, 5);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Guid Resident(string key) => StableId.For("kr", "resident", key);

    [Fact]
    public async Task NewPensioner_IsOfferedTheBasicPensionOnce_ByTwoCopies_AndBySweepingAgain()
    {
        await using var database = await TestDatabase.CreateAsync(Ct);
        var choi = Resident("choi-jinho");
        await using (var setup = new DemoDayHost(database, new Dictionary<string, string?> { ["Platform:Jobs:Enabled"] = "false" }))
        {
            await using var scope = setup.Services.CreateAsyncScope();
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<FactStore>().DeclareAsync(
                choi, new Dictionary<string, string?> { ["MonthlyIncome"] = "1500000" }, "account:test", Ct));
        }

        // Two copies on one database, both running their jobs from the start: they race for the sweep's lease.
        await using var first = new DemoDayHost(database);
        await using var second = new DemoDayHost(database);
        _ = first.Services;
        _ = second.Services;
        var offers = await SweptOffersAsync(first, choi);

        // Senior jobs start at 65 too, with the same income test.
        Assert.Equal(["basic-pension", "senior-jobs"], offers.Select(o => o.BenefitCode).Order());
        var pension = offers.Single(o => o.BenefitCode == "basic-pension");
        Assert.Equal((AgeThresholdSweep.Trigger, 342_510m), (pension.Trigger, pension.Amount));
        await using (var scope = first.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BenefitsDbContext>();
            Assert.Equal([$"sweep:{Birthday:yyyy-MM-dd}:{choi}"], await db.OfferRequests.Where(r => r.ResidentId == choi).Select(r => r.Key).ToListAsync(Ct));
            Assert.Equal(7, await db.AgeSweeps.CountAsync(s => s.FinishedAt != null, Ct));
        }

        // A sweep cut short (no day marked finished) is run again: it finds the same people and queues none of them twice.
        int requestsBefore;
        await using (var scope = first.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BenefitsDbContext>();
            requestsBefore = await db.OfferRequests.CountAsync(Ct);
            await db.AgeSweeps.ExecuteDeleteAsync(Ct);
        }

        await Task.WhenAll(RunAsync<AgeSweepRunner>(first), RunAsync<OfferRequestRunner>(second));
        await RunAsync<AgeSweepRunner>(second);
        await RunAsync<OfferRequestRunner>(first);
        await using (var scope = second.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BenefitsDbContext>();
            Assert.Equal(requestsBefore, await db.OfferRequests.CountAsync(Ct));
            var again = await db.AgeSweeps.SingleAsync(s => s.Day == Birthday, Ct);
            Assert.True(again.Found > 0, "the sweep found nobody turning an age on the birthday");
            Assert.Equal(0, again.Queued);
            Assert.Equal(2, await db.Offers.CountAsync(o => o.BeneficiaryId == choi, Ct));
        }

        Assert.Empty(first.LoggedErrors);
        Assert.Empty(second.LoggedErrors);
    }

    /// <summary>The person's offers once the week's sweeps are finished and every queued person was judged.</summary>
    private static async Task<List<Offer>> SweptOffersAsync(DemoDayHost host, Guid person)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<BenefitsDbContext>();
            var swept = await db.AgeSweeps.CountAsync(s => s.FinishedAt != null, Ct) == 7;
            var waiting = await db.OfferRequests.AnyAsync(r => r.DoneAt == null, Ct);
            if ((swept && !waiting) || DateTime.UtcNow > deadline)
            {
                return await db.Offers.AsNoTracking().Where(o => o.BeneficiaryId == person).ToListAsync(Ct);
            }

            await Task.Delay(200, Ct);
        }
    }

    private static Task RunAsync<TJob>(DemoDayHost host) =>
        Task.Run(() => host.Services.GetServices<IRecurringJob>().OfType<TJob>().Cast<IRecurringJob>().Single().RunAsync(DateTime.UtcNow, Ct), Ct);
}
