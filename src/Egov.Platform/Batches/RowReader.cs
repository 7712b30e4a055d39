using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Egov.Platform.Batches;

/// <summary>
/// A query's rows read by hand: EF Core writes the SQL and its parameters for either provider (<c>CreateDbCommand</c>), and
/// the caller's function reads each row by ordinal, in the order of the query's projection. Population-wide reads use it
/// because EF Core's materialiser and its per-row async machinery were most of their CPU. <see cref="Blocking"/> reads on
/// the calling thread (a batch stage's own thread, see <see cref="BlockingStage"/>), its tasks completed when returned;
/// <see cref="Awaiting"/> awaits the database, for requests. The same query and row function serve both, so the tests of
/// the one-person path test the population's reading too.
/// </summary>
public sealed class RowReader
{
    private readonly DbContext db;
    private readonly bool blocking;

    private RowReader(DbContext db, bool blocking) => (this.db, this.blocking) = (db, blocking);

    /// <summary>Reads on the calling thread, blocking it: only for a thread of its own.</summary>
    public static RowReader Blocking(DbContext db) => new(db, blocking: true);

    /// <summary>Awaits the database.</summary>
    public static RowReader Awaiting(DbContext db) => new(db, blocking: false);

    /// <summary>Every row of <paramref name="query"/>, each made by <paramref name="read"/> from the reader positioned on it.</summary>
    public ValueTask<List<T>> ListAsync<T>(IQueryable<T> query, Func<DbDataReader, T> read, CancellationToken cancellationToken) =>
        blocking ? ValueTask.FromResult(List(query, read)) : new ValueTask<List<T>>(ListAwaitedAsync(query, read, cancellationToken));

    /// <summary>The rows one by one as the database sends them, on the calling thread (a blocking reader only).</summary>
    public IEnumerable<T> Stream<T>(IQueryable<T> query, Func<DbDataReader, T> read)
    {
        if (!blocking)
        {
            throw new InvalidOperationException("Only a blocking reader streams; an awaiting one lists.");
        }

        var opened = Open();
        try
        {
            using var command = query.CreateDbCommand();
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                yield return read(reader);
            }
        }
        finally
        {
            Close(opened);
        }
    }

    private List<T> List<T>(IQueryable<T> query, Func<DbDataReader, T> read)
    {
        var rows = new List<T>();
        foreach (var row in Stream(query, read))
        {
            rows.Add(row);
        }

        return rows;
    }

    private async Task<List<T>> ListAwaitedAsync<T>(IQueryable<T> query, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        var opened = db.Database.GetDbConnection().State != ConnectionState.Open;
        if (opened)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        try
        {
            await using var command = query.CreateDbCommand();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var rows = new List<T>();
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(read(reader));
            }

            return rows;
        }
        finally
        {
            if (opened)
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    /// <summary>Opens the connection through EF Core (so it knows), unless it is open already; says whether it did.</summary>
    private bool Open()
    {
        if (db.Database.GetDbConnection().State == ConnectionState.Open)
        {
            return false;
        }

        db.Database.OpenConnection();
        return true;
    }

    private void Close(bool opened)
    {
        if (opened)
        {
            db.Database.CloseConnection();
        }
    }
}
