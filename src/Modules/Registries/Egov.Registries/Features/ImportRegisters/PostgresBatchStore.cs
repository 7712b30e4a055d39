using System.Data.Common;
using Egov.Registries.Data;
using Npgsql;
using NpgsqlTypes;

namespace Egov.Registries.Features.ImportRegisters;

/// <summary>Batches through binary COPY: PostgreSQL's bulk path, several times faster than any INSERT.</summary>
internal sealed class PostgresBatchStore(RegistriesDbContext db) : BatchStore(db)
{
    protected override int ChunkSize => 50_000;

    public override bool IsDuplicate(DbException exception) => exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    protected override async Task WriteRowsAsync(DbTransaction transaction, RegisterTable table, IReadOnlyList<object?[]> rows, CancellationToken cancellationToken)
    {
        var types = table.Columns.Select(c => TypeOf(c.Type)).ToArray();
        var connection = (NpgsqlConnection)Connection;
        await using var copy = await connection.BeginBinaryImportAsync($"COPY {table.Name} ({table.ColumnList}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in rows)
        {
            copy.StartRow();
            for (var i = 0; i < row.Length; i++)
            {
                Write(copy, row[i], types[i]);
            }
        }

        await copy.CompleteAsync(cancellationToken);
    }

    // Each value through the writer of its own type: writing an object makes Npgsql resolve its type value by value,
    // which cost a fifth of a national import's client time.
    private static void Write(NpgsqlBinaryImporter copy, object? value, NpgsqlDbType type)
    {
        switch (value)
        {
            case null: copy.WriteNull(); break;
            case Guid v: copy.Write(v, type); break;
            case long v: copy.Write(v, type); break;
            case int v: copy.Write(v, type); break;
            case string v: copy.Write(v, type); break;
            case DateOnly v: copy.Write(v, type); break;
            case decimal v: copy.Write(v, type); break;
            case byte[] v: copy.Write(v, type); break;
            case DateTime v: copy.Write(v, type); break;
            default: throw new NotSupportedException($"no PostgreSQL type for {value.GetType().Name}");
        }
    }

    protected override string IndexNamesQuery(DbCommand command, string? schema, string table)
    {
        AddParameter(command, "schema", schema ?? "public");
        AddParameter(command, "table", table);
        return "SELECT indexname FROM pg_indexes WHERE schemaname = @schema AND tablename = @table";
    }

    protected override string KeyFilter(DbCommand command, RegisterColumn key, object[] values)
    {
        var array = Array.CreateInstance(key.Type, values.Length);
        Array.Copy(values, array, values.Length);
        command.Parameters.Add(new NpgsqlParameter("keys", NpgsqlDbType.Array | TypeOf(key.Type)) { Value = array });
        return $"{key.Name} = ANY(@keys)";
    }

    private static NpgsqlDbType TypeOf(Type type) =>
        type == typeof(Guid) ? NpgsqlDbType.Uuid
        : type == typeof(long) ? NpgsqlDbType.Bigint
        : type == typeof(int) ? NpgsqlDbType.Integer
        : type == typeof(string) ? NpgsqlDbType.Varchar
        : type == typeof(DateOnly) ? NpgsqlDbType.Date
        : type == typeof(decimal) ? NpgsqlDbType.Numeric
        : type == typeof(byte[]) ? NpgsqlDbType.Bytea
        : type == typeof(DateTime) ? NpgsqlDbType.TimestampTz
        : throw new NotSupportedException($"no PostgreSQL type for {type.Name}");
}
