using System.Data.Common;
using Egov.Registries.Data;
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

    protected abstract Task WriteRowsAsync(DbTransaction transaction, RegisterTable table, IReadOnlyList<object?[]> rows, CancellationToken cancellationToken);

    /// <summary>A WHERE condition matching <paramref name="key"/> against the values, with its parameters added.</summary>
    protected abstract string KeyFilter(DbCommand command, RegisterColumn key, object[] values);

    protected virtual object Read(DbDataReader reader, int ordinal, Type type) =>
        type == typeof(Guid) ? reader.GetGuid(ordinal)
        : type == typeof(DateOnly) ? reader.GetFieldValue<DateOnly>(ordinal)
        : reader.GetValue(ordinal);
}
