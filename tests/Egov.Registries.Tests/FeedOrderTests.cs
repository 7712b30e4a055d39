using Egov.Platform.Packs;
using Egov.Registries.Data;
using Egov.Registries.Domain;
using Egov.Registries.Exchange;
using Egov.Registries.LifeEvents;
using Egov.Registries.Tests.Support;
using Egov.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Registries.Tests;

/// <summary>
/// On PostgreSQL, where sequences are drawn at insert and seen at commit: a follower reading "after N" never
/// passes an event that commits later with a smaller number (see <see cref="FeedEvents.PageAsync"/>).
/// </summary>
[PostgresOnly]
public sealed class FeedOrderTests : IAsyncLifetime
{
    private const string Official = "account:00000000-0000-0000-0000-000000000001";
    private PostgresTestDatabase database = null!;
    private ServiceProvider services = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ExchangeFeed Feed => KrPack.Pack.Exchange.Feed("local-tax.residents")!;

    public async ValueTask InitializeAsync()
    {
        database = await PostgresTestDatabase.CreateAsync(Ct);
        services = await RegistriesServices.BuildMigratedAsync(
            new Dictionary<string, string?> { ["Database:Provider"] = "Postgres", ["ConnectionStrings:Egov"] = database.ConnectionString });
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task ARecordingInFlight_HoldsBackEveryLaterOne_SoTheFeedNeverShowsTheLaterFirst()
    {
        // A recording in flight: it holds the feed lock and has drawn its sequence, but has not committed.
        await using var open = services.CreateAsyncScope();
        var openDb = open.ServiceProvider.GetRequiredService<RegistriesDbContext>();
        await using var transaction = await openDb.Database.BeginTransactionAsync(Ct);
        await openDb.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(hashtext('registries.life_events'))", Ct);
        var inFlight = new LifeEvent
        {
            Kind = LifeEventKind.Death, ResidentId = StableId.For("kr", "resident", "kim-youngsoo"), EffectiveOn = new DateOnly(2024, 1, 1),
            RecordedAt = DateTime.UtcNow, RecordedBy = Official,
        };
        openDb.LifeEvents.Add(inFlight);
        await openDb.SaveChangesAsync(Ct);

        var later = RecordDeathAsync("park-jihoon");
        await Task.Delay(TimeSpan.FromMilliseconds(500), Ct);

        Assert.False(later.IsCompleted, "a recording went ahead while another held the feed lock");
        Assert.Empty(await PageAsync());
        await transaction.CommitAsync(Ct);
        Assert.True((await later).Succeeded);
        Assert.Equal([inFlight.Sequence, inFlight.Sequence + 1], (await PageAsync()).Select(e => e.Sequence));
    }

    [Fact]
    public async Task TheFeedSequence_IsNotCachedPerSession_SoTheNumberDrawnUnderTheLockIsTheNext()
    {
        await using var scope = services.CreateAsyncScope();
        var cache = await scope.ServiceProvider.GetRequiredService<RegistriesDbContext>().Database.SqlQueryRaw<long>(
            "SELECT cache_size AS \"Value\" FROM pg_sequences WHERE format('%I.%I', schemaname, sequencename) = pg_get_serial_sequence('registries.life_events', 'sequence')")
            .SingleAsync(Ct);

        Assert.Equal(1, cache);
    }

    private async Task<RecordResult> RecordDeathAsync(string key)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RegisterChanges>().DeathAsync(
            StableId.For("kr", "resident", key), new DateOnly(2024, 1, 2), Official, Ct);
    }

    private async Task<List<LifeEvent>> PageAsync()
    {
        await using var scope = services.CreateAsyncScope();
        return await FeedEvents.PageAsync(scope.ServiceProvider.GetRequiredService<RegistriesDbContext>(), Feed, 0, 100, Ct);
    }
}
