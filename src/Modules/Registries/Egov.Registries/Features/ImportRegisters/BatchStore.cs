using System.Data.Common;
using Egov.Registries.Data;
using Egov.Registries.Domain;
using Microsoft.EntityFrameworkCore;

namespace Egov.Registries.Features.ImportRegisters;

/// <summary>
/// Writes one batch of register rows and its ledger row in one transaction, with the provider's fastest means
/// (binary COPY on PostgreSQL, a prepared INSERT on SQLite), and looks rows up by key when a batch needs it.
/// A failed write rolls back whole and throws.
/// </summary>
internal abstract class BatchStore(RegistriesDbContext db)
{
    private RegisterTable? ledger;

    protected DbConnection Connection { get; } = db.Database.GetDbConnection();

    protected RegisterTable Ledger => ledger ??= RegisterTable.For(db, typeof(ImportedBatch),
        [nameof(ImportedBatch.Source), nameof(ImportedBatch.File), nameof(ImportedBatch.Batch), nameof(ImportedBatch.FirstLine),
            nameof(ImportedBatch.LastLine), nameof(ImportedBatch.Rows), nameof(ImportedBatch.CommittedAt)]);

    public static BatchStore For(RegistriesDbContext db) =>
        db.Database.IsNpgsql() ? new PostgresBatchStore(db) : new SqliteBatchStore(db);

    public async Task OpenAsync(CancellationToken cancellationToken)
    {
        if (Connection.State != System.Data.ConnectionState.Open)
        {
            await Connection.OpenAsync(cancellationToken);
        }
    }

    public async Task WriteAsync(RegisterTable table, IReadOnlyList<object?[]> rows, ImportedBatch batch, CancellationToken cancellationToken)
    {
        await using var transaction = await Connection.BeginTransactionAsync(cancellationToken);
        await WriteRowsAsync(transaction, table, rows, cancellationToken);
        await WriteRowsAsync(transaction, Ledger,
            [[batch.Source, batch.File, batch.Batch, batch.FirstLine, batch.LastLine, batch.Rows, batch.CommittedAt]], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<DbTransaction> BeginAsync(CancellationToken cancellationToken) => await Connection.BeginTransactionAsync(cancellationToken);

    public async Task ExecuteAsync(DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = Connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The names of the indexes the database has on a table.</summary>
    public async Task<IReadOnlySet<string>> IndexNamesAsync(string? schema, string table, CancellationToken cancellationToken)
    {
        await using var command = Connection.CreateCommand();
        command.CommandText = IndexNamesQuery(command, schema, table);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    /// <summary>Removes a file's rows (their ids lie between <paramref name="firstId"/> and <paramref name="lastId"/>) and its batches in the ledger.</summary>
    public async Task UndoFileAsync(
        DbTransaction transaction, RegisterTable table, Guid firstId, Guid lastId, string source, string file, CancellationToken cancellationToken)
    {
        var id = table.Column(nameof(Resident.Id)).Name;
        await using var rows = Connection.CreateCommand();
        rows.Transaction = transaction;
        rows.CommandText = $"DELETE FROM {table.Name} WHERE {id} BETWEEN @first AND @last";
        rows.CommandTimeout = 0;
        AddParameter(rows, "first", Bind(firstId));
        AddParameter(rows, "last", Bind(lastId));
        await rows.ExecuteNonQueryAsync(cancellationToken);

        await using var batches = Connection.CreateCommand();
        batches.Transaction = transaction;
        batches.CommandText = $"DELETE FROM {Ledger.Name} WHERE {Ledger.Column(nameof(ImportedBatch.Source)).Name} = @source "
            + $"AND {Ledger.Column(nameof(ImportedBatch.File)).Name} = @file";
        AddParameter(batches, "source", source);
        AddParameter(batches, "file", file);
        await batches.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// The rows that share a value of <paramref name="column"/> with another row, as (value, id, file id), ordered by
    /// value; at most <paramref name="limit"/> values. A full scan: only for a unique index that could not be built.
    /// </summary>
    public async Task<List<(object Value, Guid Id, long? FileId)>> DuplicatesAsync(RegisterTable table, RegisterColumn column, int limit, CancellationToken cancellationToken)
    {
        var (id, fileId) = (table.Column(nameof(Resident.Id)).Name, table.Column(nameof(Resident.FileId)).Name);
        await using var command = Connection.CreateCommand();
        command.CommandText = $"SELECT {column.Name}, {id}, {fileId} FROM {table.Name} WHERE {column.Name} IN "
            + $"(SELECT {column.Name} FROM {table.Name} GROUP BY {column.Name} HAVING COUNT(*) > 1 LIMIT {limit}) ORDER BY {column.Name}";
        command.CommandTimeout = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var found = new List<(object, Guid, long?)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add((Read(reader, 0, column.Type), (Guid)Read(reader, 1, typeof(Guid)), await reader.IsDBNullAsync(2, cancellationToken) ? null : reader.GetInt64(2)));
        }

        return found;
    }

    /// <summary>The rows of <paramref name="table"/> whose <paramref name="key"/> column is one of <paramref name="keys"/>: (key, value) pairs.</summary>
    public async Task<List<(object Key, object Value)>> SelectAsync(
        RegisterTable table, RegisterColumn key, RegisterColumn value, IReadOnlyList<object> keys, CancellationToken cancellationToken)
    {
        var found = new List<(object, object)>();
        foreach (var chunk in keys.Chunk(ChunkSize))
        {
            await using var command = Connection.CreateCommand();
            command.CommandText = $"SELECT {key.Name}, {value.Name} FROM {table.Name} WHERE {KeyFilter(command, key, chunk)}";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                found.Add((Read(reader, 0, key.Type), Read(reader, 1, value.Type)));
            }
        }

        return found;
    }

    /// <summary>True for a unique-index or primary-key violation, which the importer traces back to file lines.</summary>
    public abstract bool IsDuplicate(DbException exception);

    protected abstract int ChunkSize { get; }

    /// <summary>A query of index names for the table, with its parameters added.</summary>
    protected abstract string IndexNamesQuery(DbCommand command, string? schema, string table);

    /// <summary>A value as the provider's mapping stores it.</summary>
    protected virtual object Bind(object? value) => value ?? DBNull.Value;

    protected static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    protected abstract Task WriteRowsAsync(DbTransaction transaction, RegisterTable table, IReadOnlyList<object?[]> rows, CancellationToken cancellationToken);

    /// <summary>A WHERE condition matching <paramref name="key"/> against the values, with its parameters added.</summary>
    protected abstract string KeyFilter(DbCommand command, RegisterColumn key, object[] values);

    protected virtual object Read(DbDataReader reader, int ordinal, Type type) =>
        type == typeof(Guid) ? reader.GetGuid(ordinal)
        : type == typeof(DateOnly) ? reader.GetFieldValue<DateOnly>(ordinal)
        : reader.GetValue(ordinal);
}
