using Egov.Platform.Data;
using Egov.Platform.Persistence;
using Egov.Platform.Tests.Support;
using Egov.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Egov.Platform.Tests;

public sealed class MigrationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, DbContext> ProviderContexts => new()
    {
        { "sqlite", new PlatformSqliteDbContext(DesignTimeOptions.For<PlatformSqliteDbContext>(DatabaseProvider.Sqlite)) },
        { "postgres", new PlatformPostgresDbContext(DesignTimeOptions.For<PlatformPostgresDbContext>(DatabaseProvider.Postgres)) },
    };

    [Theory]
    [MemberData(nameof(ProviderContexts))]
    public void Migrations_OfEachProvider_CoverTheModel(string provider, DbContext context)
    {
        using (context)
        {
            Assert.False(context.Database.HasPendingModelChanges(),
                $"The {provider} migrations miss a model change: run eng/add-migration.sh for both providers.");
        }
    }

    [Fact]
    public async Task Migrate_FromAnEmptyDatabase_AppliesEverythingAndIsReady()
    {
        await using var database = await TestDatabase.CreateAsync(Ct);
        await using var host = PlatformServices.Build(database, new FakeTimeProvider(DateTimeOffset.UtcNow));
        var migrator = host.GetRequiredService<DatabaseMigrator>();
        Assert.Contains("platform", await migrator.PendingAsync(Ct));

        var applied = await migrator.MigrateAsync(Ct);

        Assert.Contains(applied, a => a.Schema == "platform" && a.Applied > 0);
        Assert.Empty(await migrator.PendingAsync(Ct));
        Assert.All(await migrator.MigrateAsync(Ct), a => Assert.Equal(0, a.Applied));
    }

    [Fact]
    public async Task StoredTimes_ComeBackAsUtc_AndLocalTimesAreRefused()
    {
        await using var database = await TestDatabase.CreateAsync(Ct);
        await using var host = await PlatformServices.BuildMigratedAsync(database, new FakeTimeProvider(DateTimeOffset.UtcNow));
        await using var scope = host.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();

        db.JobRuns.Add(new() { Job = "local", Occurrence = DateTime.Now, Owner = "t" });
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(Ct));
        db.ChangeTracker.Clear();

        var at = new DateTime(2026, 3, 9, 1, 2, 3, DateTimeKind.Utc);
        db.JobRuns.Add(new() { Job = "utc", Occurrence = at, Owner = "t", StartedAt = at, LeaseUntil = at });
        await db.SaveChangesAsync(Ct);
        db.ChangeTracker.Clear();
        var stored = await db.JobRuns.SingleAsync(Ct);
        Assert.Equal(DateTimeKind.Utc, stored.Occurrence.Kind);
        Assert.Equal(at, stored.Occurrence);
    }
}
