using Egov.Platform.Data;
using Egov.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Egov.Platform.Jobs;

/// <summary>
/// Claims and runs due occurrences. The claim is an INSERT … ON CONFLICT DO NOTHING on the run's primary
/// key (job, occurrence), the same statement on SQLite and PostgreSQL: exactly one copy's insert lands.
/// </summary>
internal sealed partial class JobRunner(
    IServiceProvider services,
    IEnumerable<IRecurringJob> jobs,
    IOptions<JobOptions> options,
    TimeProvider time,
    HostInstance host,
    ILogger<JobRunner> logger)
{
    private readonly JobOptions settings = options.Value;

    /// <summary>Runs every job whose current occurrence nobody has claimed yet; returns how many ran here.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken = default)
    {
        var ran = 0;
        foreach (var job in jobs)
        {
            var occurrence = CurrentOccurrence(job.Interval);
            if (await ClaimAsync(job.Name, occurrence, cancellationToken))
            {
                await RunAsync(job, occurrence, cancellationToken);
                ran++;
            }
        }

        return ran;
    }

    private DateTime CurrentOccurrence(TimeSpan interval)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return new DateTime(now.Ticks - (now.Ticks - DateTime.UnixEpoch.Ticks) % interval.Ticks, DateTimeKind.Utc);
    }

    private async Task<bool> ClaimAsync(string job, DateTime occurrence, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        var runs = new SqlNames(db, typeof(JobRun));
        string C(string property) => runs.Column(property);
        // Names come from the EF model, values are parameters: nothing user-supplied reaches the SQL text.
        var insert = $"""
            INSERT INTO {runs.Table} ({C(nameof(JobRun.Job))}, {C(nameof(JobRun.Occurrence))}, {C(nameof(JobRun.Owner))},
                {C(nameof(JobRun.Status))}, {C(nameof(JobRun.Attempts))}, {C(nameof(JobRun.StartedAt))}, {C(nameof(JobRun.LeaseUntil))})
            VALUES ({"{0}"}, {"{1}"}, {"{2}"}, '{JobRunStatus.Running}', 1, {"{3}"}, {"{4}"})
            ON CONFLICT DO NOTHING
            """;
        var inserted = await db.Database.ExecuteSqlRawAsync(
            insert,
            [job, occurrence, host.Id, now, now + settings.Lease],
            cancellationToken);
        if (inserted == 1)
        {
            return true;
        }

        // Someone claimed it. If that copy died mid-run, its lease lapses and this copy takes over.
        var takenOver = await db.JobRuns
            .Where(r => r.Job == job && r.Occurrence == occurrence && r.Status == JobRunStatus.Running
                        && r.LeaseUntil < now && r.Attempts < settings.MaxAttempts)
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Owner, host.Id)
                .SetProperty(r => r.Attempts, r => r.Attempts + 1)
                .SetProperty(r => r.StartedAt, now)
                .SetProperty(r => r.LeaseUntil, now + settings.Lease), cancellationToken);
        return takenOver == 1;
    }

    private async Task RunAsync(IRecurringJob job, DateTime occurrence, CancellationToken cancellationToken)
    {
        using var renewal = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var renewing = RenewLeaseAsync(job.Name, occurrence, renewal.Token);
        string? error = null;
        try
        {
            await job.RunAsync(occurrence, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // A failing job is recorded against its occurrence; the scheduler goes on.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            error = $"{ex.GetType().Name}: {ex.Message}";
            LogJobFailed(logger, ex, job.Name, occurrence);
        }
        finally
        {
            await renewal.CancelAsync();
            await renewing;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var finished = time.GetUtcNow().UtcDateTime;
        await db.JobRuns.Where(r => r.Job == job.Name && r.Occurrence == occurrence && r.Owner == host.Id)
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Status, error is null ? JobRunStatus.Succeeded : JobRunStatus.Failed)
                .SetProperty(r => r.FinishedAt, finished)
                .SetProperty(r => r.Error, error), CancellationToken.None);
    }

    private async Task RenewLeaseAsync(string job, DateTime occurrence, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(settings.Lease / 3, time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                await using var scope = services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
                var until = time.GetUtcNow().UtcDateTime + settings.Lease;
                await db.JobRuns.Where(r => r.Job == job && r.Occurrence == occurrence && r.Owner == host.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.LeaseUntil, until), cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // The job finished: renewal stops.
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {Job} failed for occurrence {Occurrence}")]
    private static partial void LogJobFailed(ILogger logger, Exception exception, string job, DateTime occurrence);
}
