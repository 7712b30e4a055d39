using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Egov.Benchmarks.Field;

/// <summary>
/// What the Field module's tables hold, read with plain SQL beside the host (read only): completed inspections,
/// completed photos and their bytes, and the rows of every table of the module, to show a repeated sync added none.
/// </summary>
internal sealed class FieldTables(string provider, string connectionString)
{
    private bool Postgres => provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase);

    /// <summary>Completed inspections, completed photos, the bytes their chunks hold.</summary>
    public async Task<(long Inspections, long Photos, long ChunkBytes)> CompletedAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var length = Postgres ? "octet_length" : "length";
        return (await ScalarAsync(connection, $"SELECT count(*) FROM {Table("inspections")} WHERE completed_at IS NOT NULL", cancellationToken),
            await ScalarAsync(connection, $"SELECT count(*) FROM {Table("photo_uploads")} WHERE completed_at IS NOT NULL", cancellationToken),
            await ScalarAsync(connection, $"SELECT coalesce(sum({length}(data)), 0) FROM {Table("photo_chunks")}", cancellationToken));
    }

    /// <summary>Every table of the module with its row count, by name.</summary>
    public async Task<SortedDictionary<string, long>> RowsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var names = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = Postgres
                ? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'field' AND table_type = 'BASE TABLE'"
                : "SELECT substr(name, 7) FROM sqlite_master WHERE type = 'table' AND name LIKE 'field\\_%' ESCAPE '\\'";
            await using var reader = await list.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                names.Add(reader.GetString(0));
            }
        }

        var rows = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            rows[name] = await ScalarAsync(connection, $"SELECT count(*) FROM {Table(name)}", cancellationToken);
        }

        return rows;
    }

    private string Table(string name) => Postgres ? $"field.{name}" : $"field_{name}";

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        DbConnection connection = Postgres ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private static async Task<long> ScalarAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }
}
