using Egov.Platform.Persistence;
using Npgsql;

namespace Egov.Platform.Tests.Support;

/// <summary>
/// A fresh, empty database of the provider under test (<c>EGOV_TEST_PROVIDER</c>): a temp SQLite file, or
/// a throwaway database on the <c>EGOV_TEST_POSTGRES</c> server, dropped afterwards.
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? sqliteFolder;
    private readonly string? postgresAdmin;
    private readonly string? postgresName;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? sqliteFolder, string? postgresAdmin, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.sqliteFolder = sqliteFolder;
        this.postgresAdmin = postgresAdmin;
        this.postgresName = postgresName;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public DatabaseSettings Settings => new(Provider, ConnectionString, MigrateAtStartup: true);

    /// <summary>The configuration keys the host and the CLI read.</summary>
    public Dictionary<string, string?> Configuration => new()
    {
        ["Database:Provider"] = Provider.ToString(),
        ["ConnectionStrings:Egov"] = ConnectionString,
    };

    public static DatabaseProvider CurrentProvider =>
        Enum.TryParse<DatabaseProvider>(Environment.GetEnvironmentVariable("EGOV_TEST_PROVIDER"), true, out var p) ? p : DatabaseProvider.Sqlite;

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider? provider = null)
    {
        if ((provider ?? CurrentProvider) == DatabaseProvider.Sqlite)
        {
            var folder = Directory.CreateTempSubdirectory("egov-test-").FullName;
            return new TestDatabase(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "egov.db")};Default Timeout=30", folder, null, null);
        }

        var admin = Environment.GetEnvironmentVariable("EGOV_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(admin))
        {
            // In CI a missing server is a failure; on a developer's machine the PostgreSQL pass is skipped.
            if (Environment.GetEnvironmentVariable("CI") == "true")
            {
                throw new InvalidOperationException("EGOV_TEST_PROVIDER=Postgres but EGOV_TEST_POSTGRES is not set.");
            }

            Assert.Skip("PostgreSQL not available (set EGOV_TEST_POSTGRES); this test runs in the PostgreSQL pass of ./build.sh test.");
        }

        var name = $"egov_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new TestDatabase(DatabaseProvider.Postgres, builder.ConnectionString, null, admin, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (sqliteFolder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(sqliteFolder, recursive: true);
        }
        else
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(postgresAdmin);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{postgresName}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
