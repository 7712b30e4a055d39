using Egov.Benefits.Data;
using Egov.Platform.Jobs;
using Egov.Platform.Packs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Benefits.Sweep;

/// <summary>
/// The daily sweep for age thresholds, as a job leased in the database (one host copy at a time). It wakes every hour
/// rather than once a day so that the day is the pack's (midnight in Seoul is not midnight UTC) and so that a sweep
/// cut short is finished within the hour. Days of the last week not yet swept (the host was down) are caught up:
/// the offers are judged today, and an offer is never made twice.
/// </summary>
internal sealed class AgeSweepRunner(IServiceScopeFactory scopes, CountryPack pack, TimeProvider time) : IRecurringJob
{
    private const int CatchUpDays = 7;

    public string Name => "benefits.age-sweep";

    public TimeSpan Interval => TimeSpan.FromHours(1);

    public async Task RunAsync(DateTime occurrence, CancellationToken cancellationToken)
    {
        var today = pack.Today(time);
        for (var day = today.AddDays(1 - CatchUpDays); day <= today; day = day.AddDays(1))
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<BenefitsDbContext>();
            if (!await db.AgeSweeps.AnyAsync(s => s.Day == day && s.FinishedAt != null, cancellationToken))
            {
                await scope.ServiceProvider.GetRequiredService<AgeThresholdSweep>().SweepAsync(day, today, cancellationToken);
            }
        }
    }
}
