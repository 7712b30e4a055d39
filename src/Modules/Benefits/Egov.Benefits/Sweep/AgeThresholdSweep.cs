using Egov.Benefits.Data;
using Egov.Benefits.Offers;
using Egov.Registries.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Egov.Benefits.Sweep;

/// <summary>
/// Sweeps one day: streams the living residents born on the dates that reach an age threshold that day and queues
/// each for offers (<see cref="OfferRequestRunner"/> makes them), batch by batch with the progress saved. Each queue
/// row carries a unique key of person and day, so a sweep run again — after a crash, or by a second host copy that
/// took over the lease — queues nobody twice.
/// </summary>
internal sealed partial class AgeThresholdSweep(
    BenefitsDbContext db, IPersonSituations situations, AgeThresholds thresholds, TimeProvider time, ILogger<AgeThresholdSweep> logger)
{
    public const string Trigger = "sweep";

    private const int Batch = 500;

    private static readonly DataPurpose Purpose = new("system:benefits", "benefits.age-sweep", "benefits-outreach");

    /// <summary>Sweeps <paramref name="day"/>; the people found are judged on <paramref name="asOf"/> (today).</summary>
    public async Task<AgeSweep> SweepAsync(DateOnly day, DateOnly asOf, CancellationToken cancellationToken)
    {
        var sweep = await db.AgeSweeps.SingleOrDefaultAsync(s => s.Day == day, cancellationToken);
        if (sweep is null)
        {
            sweep = new AgeSweep { Day = day, StartedAt = time.GetUtcNow().UtcDateTime };
            db.AgeSweeps.Add(sweep);
        }

        sweep.Found = 0;
        sweep.Queued = 0;
        var dates = thresholds.BirthDatesReachingOn(day);
        LogStarted(logger, day, dates.Count);
        var batch = new List<Guid>(Batch);
        await foreach (var person in situations.LivingBornOnAsync(dates, Purpose, cancellationToken))
        {
            batch.Add(person.Value);
            if (batch.Count == Batch)
            {
                await QueueAsync(sweep, batch, asOf, cancellationToken);
                LogProgress(logger, sweep.Day, sweep.Found, sweep.Queued);
            }
        }

        await QueueAsync(sweep, batch, asOf, cancellationToken);
        sweep.FinishedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        LogFinished(logger, day, sweep.Found, sweep.Queued);
        return sweep;
    }

    /// <summary>Queues the batch (those not queued for this day already) and saves it with the progress, in one transaction.</summary>
    private async Task QueueAsync(AgeSweep sweep, List<Guid> batch, DateOnly asOf, CancellationToken cancellationToken)
    {
        var keys = batch.ToDictionary(person => Key(sweep.Day, person));
        var queued = await db.OfferRequests.Where(r => r.Key != null && keys.Keys.Contains(r.Key)).Select(r => r.Key!).ToListAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var added = keys.Where(k => !queued.Contains(k.Key)).Select(k => new OfferRequest
        {
            Id = Guid.CreateVersion7(), ResidentId = k.Value, Trigger = Trigger, AsOf = asOf, RequestedAt = now, Notify = k.Value.ToString(), Key = k.Key,
        }).ToList();
        db.OfferRequests.AddRange(added);
        sweep.Found += batch.Count;
        sweep.Queued += added.Count;
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        db.AgeSweeps.Attach(sweep);
        batch.Clear();
    }

    private static string Key(DateOnly day, Guid person) => $"{Trigger}:{day:yyyy-MM-dd}:{person}";

    [LoggerMessage(Level = LogLevel.Information, Message = "Age sweep of {Day}: looking for people born on {Dates} dates")]
    private static partial void LogStarted(ILogger logger, DateOnly day, int dates);

    [LoggerMessage(Level = LogLevel.Information, Message = "Age sweep of {Day}: {Found} found, {Queued} queued so far")]
    private static partial void LogProgress(ILogger logger, DateOnly day, int found, int queued);

    [LoggerMessage(Level = LogLevel.Information, Message = "Age sweep of {Day} finished: {Found} found, {Queued} queued")]
    private static partial void LogFinished(ILogger logger, DateOnly day, int found, int queued);
}
