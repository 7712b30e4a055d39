using Egov.Platform.Events;
using Egov.Platform.Persistence;
using Egov.Platform.Tests.Support;
using Egov.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Egov.Platform.Tests;

public sealed class OutboxTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 9, 9, 0, 0, TimeSpan.Zero);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Event_SavedWithChange_IsDeliveredOnce()
    {
        await using var database = await TestDatabase.CreateAsync(Ct);
        var time = new FakeTimeProvider(Start);
        await using var host = await BuildHostAsync(database, time);

        await PublishAsync(host, time, "a", "b");
        Assert.Equal(2, await host.GetRequiredService<OutboxProcessor>().DispatchOnceAsync(Ct));
        Assert.Equal(0, await host.GetRequiredService<OutboxProcessor>().DispatchOnceAsync(Ct));

        Assert.Equal(["a", "b"], (await EffectsAsync(host)).Select(e => e.Note).Order());
    }

    [Fact]
    public async Task Event_WhenChangeRollsBack_IsNeverSent()
    {
        await using var database = await TestDatabase.CreateAsync(Ct);
        var time = new FakeTimeProvider(Start);
        await using var host = await BuildHostAsync(database, time);

        await using (var scope = host.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SampleDbContext>();
            await using var tx = await db.Database.BeginTransactionAsync(Ct);
            db.Effects.Add(new Effect { Note = "change" });
            db.AddIntegrationEvent(new SomethingHappened("rolled back"), time.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(Ct);
            await tx.RollbackAsync(Ct);
        }

        Assert.Equal(0, await host.GetRequiredService<OutboxProcessor>().DispatchOnceAsync(Ct));
    }

    [Fact]
    public async Task Handler_WhenProcessDiesBeforeAcknowledgement_ActsExactlyOnceAfterRestart()
    {
        await using var database = await TestDatabase.CreateAsync(Ct);
        var time = new FakeTimeProvider(Start);

        await using (var doomed = await BuildHostAsync(database, time, crashBeforeAck: true))
        {
            await PublishAsync(doomed, time, "once");
            await Assert.ThrowsAsync<SimulatedCrashException>(() => doomed.GetRequiredService<OutboxProcessor>().DispatchOnceAsync(Ct));
            Assert.Single(await EffectsAsync(doomed));
        }

        // The restarted copy must wait for the dead copy's lease to lapse, then finds the inbox mark.
        await using var restarted = BuildHost(database, time);
        Assert.Equal(0, await restarted.GetRequiredService<OutboxProcessor>().DispatchOnceAsync(Ct));
        time.Advance(restarted.GetRequiredService<IOptions<OutboxOptions>>().Value.Lease + TimeSpan.FromSeconds(1));
        Assert.Equal(1, await restarted.GetRequiredService<OutboxProcessor>().DispatchOnceAsync(Ct));

        Assert.Single(await EffectsAsync(restarted));
        await using var scope = restarted.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SampleDbContext>();
        Assert.Equal(DeliveryStatus.Done, (await db.OutboxDeliveries.SingleAsync(Ct)).Status);
        Assert.NotNull((await db.OutboxMessages.SingleAsync(Ct)).ProcessedAt);
    }

    [Fact]
    public async Task FailingHandler_IsRetriedWithBackoff_ThenDeadLettered_ThenReplayed()
    {
        await using var database = await TestDatabase.CreateAsync(Ct);
        var time = new FakeTimeProvider(Start);
        var handlerSwitch = new HandlerSwitch { Fail = true };
        await using var host = await BuildHostAsync(database, time, handlerSwitch: handlerSwitch);
        var processor = host.GetRequiredService<OutboxProcessor>();
        var options = host.GetRequiredService<IOptions<OutboxOptions>>().Value;

        await PublishAsync(host, time, "stubborn");
        Assert.Equal(1, await processor.DispatchOnceAsync(Ct));
        Assert.Equal(0, await processor.DispatchOnceAsync(Ct)); // backing off: not due yet
        for (var attempt = 2; attempt <= options.MaxAttempts; attempt++)
        {
            time.Advance(options.MaxBackoff);
            Assert.Equal(1, await processor.DispatchOnceAsync(Ct));
        }

        var admin = host.GetRequiredService<OutboxAdmin>();
        var dead = Assert.Single(await admin.ListDeadLettersAsync(Ct));
        Assert.Equal(options.MaxAttempts, dead.Attempts);
        Assert.Contains("handler told to fail", dead.LastError, StringComparison.Ordinal);
        Assert.Equal("sample", dead.Module);
        Assert.Empty(await EffectsAsync(host));

        handlerSwitch.Fail = false;
        Assert.Equal(1, await admin.ReplayDeadLettersAsync(Ct));
        Assert.Equal(1, await processor.DispatchOnceAsync(Ct));
        Assert.Single(await EffectsAsync(host));
        Assert.Empty(await admin.ListDeadLettersAsync(Ct));
    }

    [Fact]
    public async Task TwoHostCopies_DispatchingConcurrently_DeliverEachMessageExactlyOnce()
    {
        await using var database = await TestDatabase.CreateAsync(Ct);
        var time = new FakeTimeProvider(Start);
        await using var first = await BuildHostAsync(database, time);
        await using var second = BuildHost(database, time);
        var notes = Enumerable.Range(0, 200).Select(i => $"m{i}").ToArray();
        await PublishAsync(first, time, notes);

        async Task DrainAsync(ServiceProvider host)
        {
            while (await host.GetRequiredService<OutboxProcessor>().DispatchOnceAsync(Ct) > 0)
            {
            }
        }

        await Task.WhenAll(Task.Run(() => DrainAsync(first), Ct), Task.Run(() => DrainAsync(second), Ct));

        var effects = await EffectsAsync(first);
        Assert.Equal(notes.Order(), effects.Select(e => e.Note).Order());
    }

    private static ServiceProvider BuildHost(TestDatabase database, FakeTimeProvider time, bool crashBeforeAck = false, HandlerSwitch? handlerSwitch = null) =>
        PlatformServices.Build(database, time, services =>
        {
            SampleModuleRegistration.Add(services, database.Settings, handlerSwitch);
            if (crashBeforeAck)
            {
                services.ConfigureDbContext<SampleSqliteDbContext>(o => o.AddInterceptors(new CrashBeforeAcknowledgement()));
                services.ConfigureDbContext<SamplePostgresDbContext>(o => o.AddInterceptors(new CrashBeforeAcknowledgement()));
            }
        });

    private static async Task<ServiceProvider> BuildHostAsync(TestDatabase database, FakeTimeProvider time, bool crashBeforeAck = false, HandlerSwitch? handlerSwitch = null)
    {
        var host = BuildHost(database, time, crashBeforeAck, handlerSwitch);
        await host.GetRequiredService<DatabaseMigrator>().MigrateAsync(Ct);
        await SampleDbContext.CreateTablesAsync(host);
        return host;
    }

    private static async Task PublishAsync(IServiceProvider host, TimeProvider time, params string[] notes)
    {
        await using var scope = host.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SampleDbContext>();
        foreach (var note in notes)
        {
            db.AddIntegrationEvent(new SomethingHappened(note), time.GetUtcNow().UtcDateTime);
        }

        await db.SaveChangesAsync(Ct);
    }

    private static async Task<List<Effect>> EffectsAsync(IServiceProvider host)
    {
        await using var scope = host.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SampleDbContext>().Effects.AsNoTracking().ToListAsync(Ct);
    }
}
