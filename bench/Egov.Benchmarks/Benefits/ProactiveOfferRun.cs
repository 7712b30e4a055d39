using System.Diagnostics;
using System.Globalization;
using Egov.Benefits;
using Egov.Benefits.Data;
using Egov.Benefits.Offers;
using Egov.Registries;
using Egov.Registries.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Benchmarks.Benefits;

/// <summary>
/// Latency of the proactive evaluation of one life event for one person, as <see cref="OfferRequestRunner"/> makes it:
/// a fresh DI scope, <see cref="ProactiveOffers.OfferAsync"/> (the household's register read with an audit entry per
/// member, the declared facts, the rules, the offers already made) and the save of the new offers. Sequential, over
/// living residents spread across the register, after a warm-up on others; p50, p95, p99.
/// <c>-- benefits-offers Postgres|Sqlite CONNECTION [count]</c>, on a database where a population was imported.
/// </summary>
internal static class ProactiveOfferRun
{
    /// <summary>Calls before the measured ones, so tiered compilation has finished (see RegistryLookupRun).</summary>
    private const int WarmUp = 2_000;

    private const string Trigger = "bench";

    private static readonly DateOnly AsOf = new(2025, 6, 1);

    public static async Task<int> RunAsync(string provider, string connectionString, int count)
    {
        await using var container = BenchServices.Build(provider, connectionString, (services, settings) => services.AddRegistriesModule(settings).AddBenefitsModule(settings));

        // The offers of an earlier run removed, so every run measures the same work: a person already offered is offered nothing.
        await using (var scope = container.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<BenefitsDbContext>().Offers.Where(o => o.Trigger == Trigger).ExecuteDeleteAsync();
        }

        var people = await SpreadAsync(container, WarmUp + count);
        var times = new List<double>(count);
        var offered = 0;
        foreach (var (person, i) in people.Select((p, i) => (p, i)))
        {
            var clock = Stopwatch.StartNew();
            await using (var scope = container.CreateAsyncScope())
            {
                var offers = await scope.ServiceProvider.GetRequiredService<ProactiveOffers>().OfferAsync(person, Trigger, AsOf, CancellationToken.None);
                await scope.ServiceProvider.GetRequiredService<BenefitsDbContext>().SaveChangesAsync();
                offered += offers.Count;
            }

            if (i >= WarmUp)
            {
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{provider}: {times.Count} persons (after {WarmUp} warm-up), {offered} offers made: p50 {At(times, 0.50):F2} ms, p95 {At(times, 0.95):F2} ms, p99 {At(times, 0.99):F2} ms, max {times[^1]:F2} ms"));
        return 0;
    }

    private static double At(List<double> sorted, double quantile) => sorted[(int)(sorted.Count * quantile)];

    /// <summary>Every k-th living resident in household order, so the calls spread over the whole register.</summary>
    private static async Task<List<ResidentId>> SpreadAsync(IServiceProvider container, int wanted)
    {
        await using var scope = container.CreateAsyncScope();
        var situations = scope.ServiceProvider.GetRequiredService<IPersonSituations>();
        var living = await situations.CountLivingAsync();
        var step = Math.Max(1, living / wanted);
        var people = new List<ResidentId>(wanted);
        var index = 0L;
        await foreach (var chunk in situations.ReadAllAsync(new DataPurpose("system:bench", "bench", "benchmark")))
        {
            foreach (var situation in chunk)
            {
                if (index++ % step == 0 && people.Count < wanted)
                {
                    people.Add(situation.Id);
                }
            }
        }

        return people;
    }
}
