using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Egov.Benchmarks.Officials;

namespace Egov.Benchmarks.Field;

/// <summary>What the run is given: the host, its process and database, who plans and who inspects, and how much.</summary>
internal sealed record FieldSyncOptions(
    Uri Host, int HostPid, string Provider, string Database, string Manager, string Inspector, string Colleague, string Template, string Use,
    IReadOnlyList<string> Regions, int Inspections, int Concurrency, int ChunkSize);

/// <summary>
/// One phone syncing an inspector's round through the field API (bench/http/field-sync.sh): the manager plans region
/// after region and hands the surplus to a colleague so the inspector holds exactly <c>Inspections</c> assignments;
/// the same photo bytes go to disk and to a bare PostgreSQL table first (the baselines); then the phone downloads its
/// assignments and, <c>Concurrency</c> requests at once, uploads for each three photos (announce, chunks, complete)
/// and one result upload that completes it; the database must then hold them all, and the whole sync sent again
/// with the same ids must be answered as before and store nothing. The host's memory is sampled throughout.
/// <c>-- field-sync URL PID PROVIDER DATABASE MANAGER INSPECTOR COLLEAGUE TEMPLATE USE INSPECTIONS CONCURRENCY CHUNK REGION…</c>.
/// </summary>
internal static class FieldSyncRun
{
    public static async Task<int> RunAsync(FieldSyncOptions options)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(60));
        var ct = timeout.Token;
        using var memory = new HostMemory(options.HostPid);
        memory.Restart();
        Say(memory.Line("before (host started, nothing signed in)"));

        using var manager = new SignedInOfficial(options.Host, options.Manager);
        using var inspector = new SignedInOfficial(options.Host, options.Inspector);
        await manager.SignInAsync("/officials/field", ct);
        await inspector.SignInAsync($"{FieldDevice.Api}/sync", ct);
        var plans = new ManagerPlans(manager);
        var (made, planned) = await plans.PlanAsync(options.Template, options.Use, options.Regions, options.Inspector, options.Inspections, ct);
        var device = new FieldDevice(inspector, options.ChunkSize);
        var surplus = (await device.SyncAsync(ct)).Assignments.Skip(options.Inspections).Select(a => a.Id).ToList();
        await plans.HandOverAsync(surplus, options.Colleague, ct);
        Say($"{made} plans ({string.Join(", ", options.Regions.Take(made))}) of {planned} assignments for {options.Inspector}; {surplus.Count} handed to {options.Colleague}");

        var clock = Stopwatch.StartNew();
        var pictures = PhonePhotos.Bases(12, seed: 1);
        Say(string.Create(CultureInfo.InvariantCulture,
            $"{pictures.Count} phone pictures encoded in {clock.Elapsed.TotalSeconds:F1} s: {pictures.Min(p => p.Length) / 1024} to {pictures.Max(p => p.Length) / 1024} KiB"));

        // The measured download, then the visits made from it; a fresh device so the warm-up download is not counted.
        device = new FieldDevice(inspector, options.ChunkSize);
        var package = await device.SyncAsync(ct);
        if (package.Assignments.Count != options.Inspections)
        {
            Say($"the inspector's download holds {package.Assignments.Count} assignments, not {options.Inspections}");
            return 1;
        }

        var recordedAt = DateTime.UtcNow.AddHours(-1);
        var visits = package.Assignments.Select((a, i) => SiteVisit.Make(a,
            package.Templates.Single(t => t.Code == a.TemplateCode && t.Version == a.TemplateVersion), pictures, i, recordedAt)).ToList();
        var photos = visits.SelectMany(v => v.Photos).ToList();
        var megabytes = photos.Sum(p => (long)p.Picture.Length + p.Name.Length + 4) / 1e6;
        Say(string.Create(CultureInfo.InvariantCulture, $"{visits.Count} visits, {photos.Count} photos, {megabytes:F1} MB; load average {Latencies.LoadAverage()}"));

        var disk = await SameBytesBaselines.DiskAsync(Path.Combine(Path.GetTempPath(), $"field-sync-disk-{Environment.ProcessId}"), photos, options.Concurrency, ct);
        Say(string.Create(CultureInfo.InvariantCulture, $"baseline: the same photos written to files and flushed, {options.Concurrency} at once: {disk:F1} MB/s"));
        double? database = null;
        if (options.Provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase))
        {
            database = await SameBytesBaselines.PostgresAsync(options.Database, photos, options.ChunkSize, options.Concurrency, ct);
            Say(string.Create(CultureInfo.InvariantCulture,
                $"baseline: the same chunks inserted into a plain PostgreSQL table, one autocommitted INSERT each, {options.Concurrency} connections: {database:F1} MB/s"));
        }

        var tables = new FieldTables(options.Provider, options.Database);
        Say(memory.Line($"before the sync (signed in, planned, {device.Download.Count} download)"));
        memory.Restart();
        var (wall, errors, answers) = await SyncAsync(device, visits, again: false, options.Concurrency, ct);
        var load = Latencies.LoadAverage();
        Say(string.Create(CultureInfo.InvariantCulture,
            $"sync: {visits.Count} inspections, {photos.Count} photos ({megabytes:F1} MB) in {wall.TotalSeconds:F1} s, {options.Concurrency} requests at once: "
            + $"{visits.Count / wall.TotalSeconds:F2} inspections/s, {megabytes / wall.TotalSeconds:F2} MB/s of photos "
            + $"(disk {megabytes / wall.TotalSeconds / disk:F3}{(database is { } d ? $", bare PostgreSQL {megabytes / wall.TotalSeconds / d:F3}" : "")} of the baseline); errors {errors}; load average after {load}"));
        foreach (var kind in device.All)
        {
            Say("  " + kind.Summary());
        }

        Say(memory.Line("during the sync"));
        memory.Restart();
        await Task.Delay(TimeSpan.FromSeconds(10), ct);
        Say(memory.Line("10 s after the sync"));

        var (inspections, stored, chunkBytes) = await tables.CompletedAsync(ct);
        var expectedBytes = photos.Sum(p => (long)p.Picture.Length + p.Name.Length + 4);
        var held = inspections == visits.Count && stored == photos.Count && chunkBytes == expectedBytes;
        Say($"the database holds {inspections} completed inspections, {stored} completed photos, {chunkBytes} bytes of chunks (sent {expectedBytes}): {(held ? "as sent" : "NOT as sent")}");

        var rowsBefore = await tables.RowsAsync(ct);
        var again = new FieldDevice(inspector, options.ChunkSize);
        memory.Restart();
        var (wallAgain, errorsAgain, answersAgain) = await SyncAsync(again, visits, again: true, options.Concurrency, ct);
        var rowsAfter = await tables.RowsAsync(ct);
        var sameAnswers = answers.Count == answersAgain.Count && answers.All(a => answersAgain.TryGetValue(a.Key, out var b) && a.Value.AsSpan().SequenceEqual(b));
        var unchanged = rowsBefore.SequenceEqual(rowsAfter);
        Say(string.Create(CultureInfo.InvariantCulture,
            $"the same sync again (same ids, bytes and uploads): {wallAgain.TotalSeconds:F1} s, errors {errorsAgain}; result answers byte for byte the same: {sameAnswers}; "
            + $"rows of the {rowsAfter.Count} field tables unchanged: {unchanged} ({string.Join(", ", rowsAfter.Select(r => $"{r.Key} {r.Value}"))})"));
        foreach (var kind in again.All.Where(k => k.Count > 0))
        {
            Say("  " + kind.Summary());
        }

        Say(memory.Line("during the repeat"));
        return errors == 0 && errorsAgain == 0 && held && sameAnswers && unchanged ? 0 : 1;
    }

    /// <summary>Every visit's photos then its result upload, visits <paramref name="concurrency"/> at once; errors are counted, not fatal.</summary>
    private static async Task<(TimeSpan Wall, int Errors, ConcurrentDictionary<Guid, byte[]> Answers)> SyncAsync(
        FieldDevice device, IReadOnlyList<SiteVisit> visits, bool again, int concurrency, CancellationToken cancellationToken)
    {
        var errors = 0;
        var answers = new ConcurrentDictionary<Guid, byte[]>();
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(visits, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken }, async (visit, ct) =>
        {
            try
            {
                foreach (var photo in visit.Photos)
                {
                    await device.UploadPhotoAsync(visit.Assignment, photo.Item, photo.ClientId, photo.Bytes(), again, ct);
                }

                answers[visit.Submission] = await device.SubmitAsync(visit.Submission, visit.Upload, ct);
            }
            catch (Exception e) when (e is HttpRequestException or InvalidOperationException or TaskCanceledException)
            {
                if (Interlocked.Increment(ref errors) <= 5)
                {
                    Console.Error.WriteLine($"visit {visit.Assignment}: {e.Message}");
                }
            }
        });
        return (clock.Elapsed, errors, answers);
    }

    private static void Say(string line) => Console.WriteLine(line);
}
