using System.Diagnostics;
using Npgsql;

namespace Egov.Benchmarks.Field;

/// <summary>
/// The same photo bytes stored without the host, at the same concurrency, for the ratio: written to files of their
/// own and flushed to disk (what the disk can take), and inserted chunk by chunk into a plain PostgreSQL table of
/// the same key as the module's chunks, one autocommitted INSERT per chunk (what the database can take).
/// </summary>
internal static class SameBytesBaselines
{
    /// <summary>MB/s (10^6 bytes) of the photos written to fresh files, each flushed to disk before the next.</summary>
    public static async Task<double> DiskAsync(string folder, IReadOnlyList<VisitPhoto> photos, int concurrency, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var bytes = 0L;
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(photos, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken }, async (photo, ct) =>
        {
            var data = photo.Bytes();
            await using (var file = new FileStream(Path.Combine(folder, $"{photo.ClientId}.jpg"), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                await file.WriteAsync(data, ct);
                file.Flush(flushToDisk: true);
            }

            Interlocked.Add(ref bytes, data.Length);
        });
        var rate = bytes / 1e6 / clock.Elapsed.TotalSeconds;
        Directory.Delete(folder, recursive: true);
        return rate;
    }

    /// <summary>MB/s of the photos' chunks inserted into a plain table (dropped afterwards), one connection per worker.</summary>
    public static async Task<double> PostgresAsync(string connectionString, IReadOnlyList<VisitPhoto> photos, int chunkSize, int concurrency, CancellationToken cancellationToken)
    {
        await using var source = NpgsqlDataSource.Create(connectionString);
        await using (var create = source.CreateCommand("CREATE TABLE bench_photo_chunks (upload_id uuid, \"offset\" bigint, data bytea NOT NULL, PRIMARY KEY (upload_id, \"offset\"))"))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        var bytes = 0L;
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(photos, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken }, async (photo, ct) =>
        {
            var data = photo.Bytes();
            for (var offset = 0; offset < data.Length; offset += chunkSize)
            {
                await using var insert = source.CreateCommand("INSERT INTO bench_photo_chunks VALUES ($1, $2, $3)");
                insert.Parameters.Add(new NpgsqlParameter { Value = photo.ClientId });
                insert.Parameters.Add(new NpgsqlParameter { Value = (long)offset });
                insert.Parameters.Add(new NpgsqlParameter { Value = data.AsMemory(offset, Math.Min(chunkSize, data.Length - offset)) });
                await insert.ExecuteNonQueryAsync(ct);
            }

            Interlocked.Add(ref bytes, data.Length);
        });
        var rate = bytes / 1e6 / clock.Elapsed.TotalSeconds;
        await using (var drop = source.CreateCommand("DROP TABLE bench_photo_chunks"))
        {
            await drop.ExecuteNonQueryAsync(cancellationToken);
        }

        return rate;
    }
}
