using Microsoft.Data.Sqlite;

namespace Egov.Platform.Persistence;

/// <summary>
/// An exclusive lock on a file beside an SQLite database, held while this object lives: copies of the host (or the
/// CLI) starting together on one database file migrate and seed one after the other. SQLite itself cannot hold a
/// lock across the migrations, which write through many connections; the operating system's file lock can, for
/// every process on the machine (the only place an SQLite file can be shared).
/// </summary>
internal sealed class SqliteFileLock : IDisposable
{
    private static readonly TimeSpan Retry = TimeSpan.FromMilliseconds(50);

    private readonly FileStream file;

    private SqliteFileLock(FileStream file) => this.file = file;

    /// <summary>Waits for the lock; null for an in-memory database, which no other connection can share anyway.</summary>
    public static async Task<SqliteFileLock?> AcquireAsync(string connectionString, CancellationToken cancellationToken)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:")
        {
            return null;
        }

        var path = Path.GetFullPath(dataSource) + ".migrate-lock";
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        while (true)
        {
            try
            {
                return new SqliteFileLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException)
            {
                await Task.Delay(Retry, cancellationToken);
            }
        }
    }

    public void Dispose() => file.Dispose();
}
