using Npgsql;

namespace Egov.Platform.Persistence;

/// <summary>A PostgreSQL session-level advisory lock, held while this object lives.</summary>
internal sealed class PostgresSessionLock : IAsyncDisposable
{
    private readonly NpgsqlConnection connection;
    private readonly long key;

    private PostgresSessionLock(NpgsqlConnection connection, long key)
    {
        this.connection = connection;
        this.key = key;
    }

    public static async Task<PostgresSessionLock> AcquireAsync(string connectionString, long key, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection);
        command.Parameters.AddWithValue("key", key);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return new PostgresSessionLock(connection, key);
    }

    public async ValueTask DisposeAsync()
    {
        await using (var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection))
        {
            command.Parameters.AddWithValue("key", key);
            await command.ExecuteNonQueryAsync();
        }

        await connection.DisposeAsync();
    }
}
