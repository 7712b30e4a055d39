using Egov.Platform.Persistence;
using Egov.Platform.Tests.Support;
using Egov.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Egov.Platform.Tests;

public sealed class AppendOnlyInsertTests
{
    private static readonly DateTime Noon = new(2026, 3, 9, 12, 0, 0, 123, DateTimeKind.Utc);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Rows_ReadBackAsSaveChangesStoresThem_WithKeysFromTheDatabase()
    {
        await using var database = await TestDatabase.CreateAsync(Ct);
        await using var host = await BuildHostAsync(database);
        await SaveWithEfAsync(host, new Effect { MessageId = Guid.NewGuid(), Note = "by SaveChanges", At = Noon });

        Effect[] appended =
        [
            // A microsecond: the finest time both databases keep.
            new() { MessageId = Guid.NewGuid(), Note = "첫째", At = Noon.AddTicks(10) },
            new() { MessageId = Guid.NewGuid(), Note = "second", At = null },
        ];
        await AppendAsync(host, appended);

        var stored = await EffectsAsync(host);
        Assert.Equal(3, stored.Select(e => e.Id).Distinct().Count());
        Assert.Equal(["by SaveChanges", "첫째", "second"], stored.Select(e => e.Note));
        Assert.Equal(appended.Select(e => e.MessageId), stored.Skip(1).Select(e => e.MessageId));
        Assert.Equal(Noon.AddTicks(10), stored[1].At);
        Assert.Equal(DateTimeKind.Utc, stored[1].At!.Value.Kind);
        Assert.Null(stored[2].At);
    }

    [Fact]
    public async Task ALocalTime_IsRefusedByTheModelsConverter_AndNoRowOfTheBatchIsWritten()
    {
        await using var database = await TestDatabase.CreateAsync(Ct);
        await using var host = await BuildHostAsync(database);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => AppendAsync(host,
            new Effect { Note = "fine", At = Noon }, new Effect { Note = "local", At = new DateTime(2026, 3, 9, 12, 0, 0, DateTimeKind.Local) }));

        Assert.Contains("UTC", error.Message, StringComparison.Ordinal);
        Assert.Empty(await EffectsAsync(host));
    }

    [Fact]
    public async Task ABatchLargerThanOneStatement_IsWrittenWhole()
    {
        await using var database = await TestDatabase.CreateAsync(Ct);
        await using var host = await BuildHostAsync(database);

        // Four columns: 7,500 rows a statement, so 16,000 rows take three statements in one transaction.
        await AppendAsync(host, [.. Enumerable.Range(0, 16_000).Select(i => new Effect { Note = $"n{i}", At = Noon.AddSeconds(i) })]);

        var stored = await EffectsAsync(host);
        Assert.Equal(16_000, stored.Count);
        Assert.Equal("n15999", stored[^1].Note);
        Assert.Equal(Noon.AddSeconds(15_999), stored[^1].At);
    }

    private static async Task AppendAsync(IServiceProvider host, params Effect[] rows)
    {
        await using var scope = host.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<SampleDbContext>().Append(rows);
    }

    private static async Task SaveWithEfAsync(IServiceProvider host, Effect row)
    {
        await using var scope = host.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SampleDbContext>();
        db.Effects.Add(row);
        await db.SaveChangesAsync(Ct);
    }

    private static async Task<List<Effect>> EffectsAsync(IServiceProvider host)
    {
        await using var scope = host.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SampleDbContext>().Effects.AsNoTracking().OrderBy(e => e.Id).ToListAsync(Ct);
    }

    private static async Task<ServiceProvider> BuildHostAsync(TestDatabase database)
    {
        var host = PlatformServices.Build(database, new FakeTimeProvider(), services => SampleModuleRegistration.Add(services, database.Settings));
        await host.GetRequiredService<DatabaseMigrator>().MigrateAsync(Ct);
        await SampleDbContext.CreateTablesAsync(host);
        return host;
    }
}
