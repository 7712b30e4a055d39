using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Egov.Platform.Persistence;

/// <summary>
/// Appends rows of an append-only log with plain INSERTs whose values go through the model's own type mappings
/// (value converters included, so a row reads back exactly as SaveChanges would have stored it). For logs written
/// in batches on a hot path: SaveChanges tracks every entity and reads back each generated key, which cost more CPU
/// than the database spent storing the rows (docs/benchmarks.md, the verification API).
/// Keys the database generates are not read back into the entities.
/// </summary>
public static class AppendOnlyInsert
{
    // Below Npgsql's 65,535 parameters: a larger batch becomes several statements in one transaction.
    private const int MaxParametersPerStatement = 30_000;

    /// <summary>
    /// Inserts <paramref name="rows"/> all or none, in the caller's transaction when there is one. Synchronous: its
    /// callers are workers on threads of their own, where blocking costs nothing, while each await would queue the rest
    /// of the batch behind the thread pool's other work (requests, for the verification queue).
    /// </summary>
    public static void Append<T>(this DbContext db, IReadOnlyList<T> rows)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return;
        }

        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = StoredColumns(entity);
        var sql = db.GetService<ISqlGenerationHelper>();
        var head = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ("
            + string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!))) + ") VALUES ";
        // SQLite binds each parameter by searching the statement's names one by one, so a multi-row statement costs the
        // square of its parameters; it has no round trips either: one single-row statement, prepared once, runs per row.
        // A server database gets as many rows a statement as its parameter limit allows, to save round trips.
        var rowsPerStatement = db.Database.IsSqlite() ? 1 : Math.Max(1, MaxParametersPerStatement / columns.Count);

        db.Database.OpenConnection();
        try
        {
            // Several statements commit together; one statement is atomic on its own.
            using var ownTransaction = db.Database.CurrentTransaction is null && rows.Count > rowsPerStatement
                ? db.Database.BeginTransaction()
                : null;
            // A bare command on the context's connection and transaction: EF's raw SQL path would build a new command
            // (and SQLite parse a new statement) for every row.
            using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            var statementRows = 0;
            foreach (var chunk in rows.Chunk(rowsPerStatement))
            {
                command.Parameters.Clear();
                AddValues(command, chunk, columns);
                // Written once, and again only for a shorter last chunk: SQLite keeps the statement it prepared for the previous row.
                if (chunk.Length != statementRows)
                {
                    command.CommandText = Statement(head, chunk.Length, columns.Count, sql);
                    statementRows = chunk.Length;
                }

                command.ExecuteNonQuery();
            }

            if (ownTransaction is not null)
            {
                ownTransaction.Commit();
            }
        }
        finally
        {
            db.Database.CloseConnection();
        }
    }

    // Every mapped column but a key the database generates; any other generated value would be silently lost, so it is refused.
    private static List<IProperty> StoredColumns(IEntityType entity)
    {
        var generatedKey = entity.FindPrimaryKey() is { Properties: [var key] } && key.ValueGenerated == ValueGenerated.OnAdd ? key : null;
        var columns = entity.GetProperties().Where(p => p != generatedKey).ToList();
        if (columns.FirstOrDefault(p => p.ValueGenerated != ValueGenerated.Never || p.IsShadowProperty()) is { } unsupported)
        {
            throw new NotSupportedException($"{entity.DisplayName()}.{unsupported.Name} is generated or shadow: append its rows with SaveChanges.");
        }

        return columns;
    }

    // The mapping converts each value as SaveChanges would (UTC times, enums as text, …).
    private static void AddValues<T>(DbCommand command, T[] rows, List<IProperty> columns)
    {
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                var property = columns[c];
                command.Parameters.Add(property.GetRelationalTypeMapping().CreateParameter(
                    command, ParameterName((r * columns.Count) + c), property.GetGetter().GetClrValue(rows[r]!), property.IsNullable));
            }
        }
    }

    private static string Statement(string head, int rows, int columns, ISqlGenerationHelper sql)
    {
        var text = new StringBuilder(head);
        for (var r = 0; r < rows; r++)
        {
            text.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns; c++)
            {
                text.Append(c == 0 ? "" : ", ").Append(sql.GenerateParameterNamePlaceholder(ParameterName((r * columns) + c)));
            }

            text.Append(')');
        }

        return text.ToString();
    }

    private static string ParameterName(int index) => $"p{index}";
}
