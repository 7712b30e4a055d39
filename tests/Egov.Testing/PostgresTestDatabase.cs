using System.Globalization;
using Npgsql;

namespace Egov.Testing;

/// <summary>
/// A fresh, uniquely named database on the PostgreSQL test server, dropped on dispose. Each test or fixture
/// takes its own, so tests run in parallel without sharing rows or migrations.
/// </summary>
public sealed class PostgresTestDatabase : IAsyncDisposable
{
    private readonly string adminConnectionString;

    private PostgresTestDatabase(string adminConnectionString, string name, string connectionString)
    {
        this.adminConnectionString = adminConnectionString;
        Name = name;
        ConnectionString = connectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    /// <summary>Creates a database on the server of <c>EGOV_TEST_POSTGRES</c> (see <see cref="TestProvider.PostgresRequired"/>).</summary>
    public static Task<PostgresTestDatabase> CreateAsync(CancellationToken cancellationToken = default) =>
        CreateAsync(TestProvider.Current.PostgresRequired(), cancellationToken);

    public static async Task<PostgresTestDatabase> CreateAsync(
        string adminConnectionString, CancellationToken cancellationToken = default)
    {
        // A generated name, never caller text, is what goes into the DDL below; unquoted-safe and < 63 bytes.
        var name = string.Create(CultureInfo.InvariantCulture, $"egov_test_{Guid.NewGuid():N}");
        await ExecuteAsync(adminConnectionString, $"CREATE DATABASE {name}", cancellationToken);

        var connectionString = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name }.ConnectionString;
        return new PostgresTestDatabase(adminConnectionString, name, connectionString);
    }

    public async ValueTask DisposeAsync()
    {
        // Idle pooled connections (the test's, the host's) still hold sessions on the database: FORCE ends them,
        // and clearing the pool keeps Npgsql from handing those dead connections out again.
        using (var pooled = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        await ExecuteAsync(adminConnectionString, $"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", CancellationToken.None);
    }

    private static async Task ExecuteAsync(string connectionString, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
