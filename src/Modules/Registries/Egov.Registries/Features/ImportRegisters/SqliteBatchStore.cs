using System.Data.Common;
using System.Globalization;
using Egov.Registries.Data;
using Microsoft.Data.Sqlite;

namespace Egov.Registries.Features.ImportRegisters;

/// <summary>
/// Batches as one transaction of a prepared INSERT, values bound as EF Core's SQLite mapping stores them (UUIDs as
/// upper-case text, dates as ISO text), so the module's queries read imported rows like any other.
/// </summary>
internal sealed class SqliteBatchStore(RegistriesDbContext db) : BatchStore(db)
{
    /// <summary>Well under SQLite's limit of bound parameters per statement.</summary>
    protected override int ChunkSize => 500;

    public override bool IsDuplicate(DbException exception) => exception is SqliteException { SqliteErrorCode: 19 };

    protected override async Task WriteRowsAsync(DbTransaction transaction, RegisterTable table, IReadOnlyList<object?[]> rows, CancellationToken cancellationToken)
    {
        await using var command = (SqliteCommand)Connection.CreateCommand();
        command.Transaction = (SqliteTransaction)transaction;
        command.CommandText = $"INSERT INTO {table.Name} ({table.ColumnList}) VALUES ({string.Join(", ", table.Columns.Select((_, i) => $"$p{i}"))})";
        var parameters = table.Columns.Select((_, i) => command.Parameters.Add(new SqliteParameter { ParameterName = $"$p{i}" })).ToArray();
        await command.PrepareAsync(cancellationToken);
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                parameters[i].Value = Bind(row[i]);
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    protected override string IndexNamesQuery(DbCommand command, string? schema, string table)
    {
        AddParameter(command, "$table", table);
        return "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = $table";
    }

    protected override string KeyFilter(DbCommand command, RegisterColumn key, object[] values)
    {
        var names = new List<string>(values.Length);
        for (var i = 0; i < values.Length; i++)
        {
            names.Add($"$k{i}");
            AddParameter(command, $"$k{i}", Bind(values[i]));
        }

        return $"{key.Name} IN ({string.Join(", ", names)})";
    }

    protected override object Bind(object? value) => value switch
    {
        null => DBNull.Value,
        Guid id => id.ToString().ToUpperInvariant(),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        _ => value,
    };
}
