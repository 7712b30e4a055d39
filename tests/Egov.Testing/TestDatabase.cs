using Egov.Platform.Persistence;
using Microsoft.Data.Sqlite;

namespace Egov.Testing;

/// <summary>
/// A fresh, empty database of the provider under test (<see cref="TestProvider.Current"/>): a SQLite file in
/// a temp folder, or a throwaway database on the PostgreSQL test server. Removed on dispose.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? sqliteFolder;
    private readonly PostgresTestDatabase? postgres;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? sqliteFolder, PostgresTestDatabase? postgres)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.sqliteFolder = sqliteFolder;
        this.postgres = postgres;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public DatabaseSettings Settings => new(Provider, ConnectionString, MigrateAtStartup: true);

    /// <summary>The configuration keys the host and the CLI read to find this database.</summary>
    public IReadOnlyDictionary<string, string?> Configuration => new Dictionary<string, string?>
    {
        ["Database:Provider"] = Provider.ToString(),
        ["ConnectionStrings:Egov"] = ConnectionString,
    };

    public static async Task<TestDatabase> CreateAsync(CancellationToken cancellationToken = default)
    {
        if (TestProvider.Current.Provider == DatabaseProvider.Sqlite)
        {
            var folder = Directory.CreateTempSubdirectory("egov-test-").FullName;
            var path = Path.Combine(folder, "egov.db");
            return new TestDatabase(DatabaseProvider.Sqlite, $"Data Source={path};Default Timeout=30", folder, null);
        }

        var database = await PostgresTestDatabase.CreateAsync(cancellationToken);
        return new TestDatabase(DatabaseProvider.Postgres, database.ConnectionString, null, database);
    }

    public async ValueTask DisposeAsync()
    {
        if (postgres is not null)
        {
            await postgres.DisposeAsync();
        }

        if (sqliteFolder is not null)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(sqliteFolder, recursive: true);
        }
    }
}
