using System.Collections.Concurrent;
using Egov.Platform.Data;
using Egov.Platform.Jobs;
using Egov.Platform.Tests.Support;
using Egov.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Egov.Platform.Tests;

public sealed class JobTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 9, 0, 0, 30, TimeSpan.Zero);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RecurringJob_WithTwoHostCopies_RunsOncePerOccurrence()
    {
        await using var database = await TestDatabase.CreateAsync(Ct);
        var time = new FakeTimeProvider(Start);
        var runs = new ConcurrentBag<(string Host, DateTime Occurrence)>();
        await using var first = await PlatformServices.BuildMigratedAsync(database, time, s => AddJob(s, "first", runs));
        await using var second = PlatformServices.Build(database, time, s => AddJob(s, "second", runs));

        for (var minute = 0; minute < 10; minute++)
        {
            await Task.WhenAll(
                Task.Run(() => first.GetRequiredService<JobRunner>().RunDueAsync(Ct), Ct),
                Task.Run(() => second.GetRequiredService<JobRunner>().RunDueAsync(Ct), Ct));
            // A second tick inside the same occurrence finds it claimed.
            await first.GetRequiredService<JobRunner>().RunDueAsync(Ct);
            time.Advance(TimeSpan.FromMinutes(1));
        }

        Assert.Equal(10, runs.Count);
        Assert.Equal(10, runs.Select(r => r.Occurrence).Distinct().Count());
        Assert.All(runs, r => Assert.Equal(0, r.Occurrence.Second));
        await using var scope = first.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().JobRuns.AsNoTracking().ToListAsync(Ct);
        Assert.Equal(10, stored.Count);
        Assert.All(stored, r => Assert.Equal(JobRunStatus.Succeeded, r.Status));
    }

    [Fact]
    public async Task RecurringJob_WhenItsRunnerDied_IsTakenOverAfterTheLease()
    {
        await using var database = await TestDatabase.CreateAsync(Ct);
        var time = new FakeTimeProvider(Start);
        var runs = new ConcurrentBag<(string Host, DateTime Occurrence)>();
        await using var survivor = await PlatformServices.BuildMigratedAsync(database, time, s => AddJob(s, "survivor", runs));
        await using (var scope = survivor.CreateAsyncScope())
        {
            // What a copy that crashed mid-run leaves behind: a running occurrence with a lease that will lapse.
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            var now = time.GetUtcNow().UtcDateTime;
            db.JobRuns.Add(new JobRun
            {
                Job = "sample-minutely", Occurrence = now.AddSeconds(-30), Owner = "dead-copy", Status = JobRunStatus.Running,
                Attempts = 1, StartedAt = now, LeaseUntil = now.AddSeconds(20),
            });
            await db.SaveChangesAsync(Ct);
        }

        Assert.Equal(0, await survivor.GetRequiredService<JobRunner>().RunDueAsync(Ct));
        time.Advance(TimeSpan.FromSeconds(21));
        Assert.Equal(1, await survivor.GetRequiredService<JobRunner>().RunDueAsync(Ct));
        Assert.Equal("survivor", Assert.Single(runs).Host);
    }

    [Fact]
    public async Task FailingJob_IsRecordedAsFailed_AndTheNextOccurrenceStillRuns()
    {
        await using var database = await TestDatabase.CreateAsync(Ct);
        var time = new FakeTimeProvider(Start);
        await using var host = await PlatformServices.BuildMigratedAsync(database, time, s => s.AddRecurringJob<FailingJob>());
        var runner = host.GetRequiredService<JobRunner>();

        Assert.Equal(1, await runner.RunDueAsync(Ct));
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await runner.RunDueAsync(Ct));

        await using var scope = host.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().JobRuns.AsNoTracking().ToListAsync(Ct);
        Assert.Equal(2, stored.Count);
        Assert.All(stored, r => Assert.Equal("InvalidOperationException: always fails", r.Error));
    }

    private static void AddJob(IServiceCollection services, string hostName, ConcurrentBag<(string, DateTime)> runs)
    {
        services.AddSingleton(new SampleJob(hostName, runs));
        services.AddSingleton<IRecurringJob>(sp => sp.GetRequiredService<SampleJob>());
        services.Configure<JobOptions>(o => o.Lease = TimeSpan.FromSeconds(20));
    }

    private sealed class SampleJob(string hostName, ConcurrentBag<(string, DateTime)> runs) : IRecurringJob
    {
        public string Name => "sample-minutely";

        public TimeSpan Interval => TimeSpan.FromMinutes(1);

        public Task RunAsync(DateTime occurrence, CancellationToken cancellationToken)
        {
            runs.Add((hostName, occurrence));
            return Task.CompletedTask;
        }
    }

    private sealed class FailingJob : IRecurringJob
    {
        public string Name => "failing";

        public TimeSpan Interval => TimeSpan.FromMinutes(1);

        public Task RunAsync(DateTime occurrence, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("always fails");
    }
}
