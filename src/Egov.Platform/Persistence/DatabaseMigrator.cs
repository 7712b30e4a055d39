using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Egov.Platform.Persistence;

/// <summary>
/// Applies every module's migrations, then runs the modules' <see cref="IDataSeeder"/>s; used by
/// <c>Egov.Cli db migrate</c> and at host start.
/// </summary>
public sealed partial class DatabaseMigrator(
    IServiceProvider services,
    IEnumerable<ModuleDatabase> modules,
    DatabaseSettings settings,
    ILogger<DatabaseMigrator> logger)
{
    private const long MigrationLockKey = 0x45_47_4F_56_4D_49_47; // "EGOVMIG"

    public async Task<IReadOnlyList<(string Schema, int Applied)>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        // Copies starting together on one database migrate and seed one after the other, not over each other.
        using var fileLock = settings.Provider == DatabaseProvider.Sqlite
            ? await SqliteFileLock.AcquireAsync(settings.ConnectionString, cancellationToken)
            : null;
        await using var migrationLock = settings.Provider == DatabaseProvider.Postgres
            ? await PostgresSessionLock.AcquireAsync(settings.ConnectionString, MigrationLockKey, cancellationToken)
            : null;
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            await EnableWriteAheadLogAsync(cancellationToken);
        }

        var results = new List<(string, int)>();
        foreach (var module in modules)
        {
            await using var scope = services.CreateAsyncScope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            await db.Database.MigrateAsync(cancellationToken);
            LogMigrated(logger, module.Schema, pending.Count);
            results.Add((module.Schema, pending.Count));
        }

        await using (var scope = services.CreateAsyncScope())
        {
            foreach (var seeder in scope.ServiceProvider.GetServices<IDataSeeder>())
            {
                await seeder.SeedAsync(cancellationToken);
            }
        }

        return results;
    }

    /// <summary>Lists modules with migrations not yet applied (the readiness check's question).</summary>
    public async Task<IReadOnlyList<string>> PendingAsync(CancellationToken cancellationToken = default)
    {
        var pending = new List<string>();
        foreach (var module in modules)
        {
            await using var scope = services.CreateAsyncScope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
            if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
            {
                pending.Add(module.Schema);
            }
        }

        return pending;
    }

    // WAL lets pages be read while a background job writes; the setting is stored in the file once.
    private async Task EnableWriteAheadLogAsync(CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(settings.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database schema {Schema}: {Count} migration(s) applied")]
    private static partial void LogMigrated(ILogger logger, string schema, int count);
}
