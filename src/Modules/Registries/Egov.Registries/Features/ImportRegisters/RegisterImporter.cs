using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Egov.Platform.Packs;
using Egov.Registries.Data;
using Egov.Registries.Files;
using Egov.Registries.Protection;
using Microsoft.EntityFrameworkCore;

namespace Egov.Registries.Features.ImportRegisters;

/// <summary>
/// Streams a population (a folder, or memory) into the registers: each file in import order, in batches read and
/// checked whole before one transaction writes them with their ledger row. Memory holds two batches (one being
/// copied while the next is read), the bitmaps of file ids seen and nothing else, whatever the population's size.
/// </summary>
internal sealed class RegisterImporter(RegistriesDbContext db, CountryPack pack, ResidentNumbers numbers, TimeProvider time)
{
    private const int ListedErrors = 20;

    public Task<ImportResult> ImportAsync(ImportRequest request, Action<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ImportAsync(
            PopulationStorage.OnDisk(request.Directory), new ImportBatches(request.Source, request.BatchSize, request.FirstLoad), progress, cancellationToken);
    }

    /// <summary>Imports the files of <paramref name="storage"/> (a folder, or memory) under <paramref name="batches"/>' source.</summary>
    public async Task<ImportResult> ImportAsync(PopulationStorage storage, ImportBatches batches, Action<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batches.Size, 1);
        var clock = Stopwatch.StartNew();
        var context = new ImportContext(batches.Source, pack, numbers);
        var store = BatchStore.For(db);
        await store.OpenAsync(cancellationToken);
        var checks = new ImportChecks(db, store);
        var summaries = new List<FileImportSummary>();
        var errors = new List<ImportError>();
        foreach (var target in ImportTarget.All(context))
        {
            if (storage.OpenRead(target.File.Name) is { } stream)
            {
                var table = RegisterTable.For(db, target.Entity, target.Properties);
                var file = new FileRun(target, table, storage, stream, context, store, checks, errors, batches, progress);
                summaries.Add(await ImportFileAsync(file, cancellationToken));
                if (errors.Count > 0)
                {
                    break;
                }
            }
        }

        var listed = errors.OrderBy(e => e.Line).Take(ListedErrors).ToList();
        return new ImportResult(summaries, listed, errors.Count - listed.Count, clock.Elapsed);
    }

    private async Task<FileImportSummary> ImportFileAsync(FileRun run, CancellationToken cancellationToken)
    {
        var (target, table, name, context, errors) = (run.Target, run.Table, run.Target.File.Name, run.Context, run.Errors);
        var clock = Stopwatch.StartNew();
        using var reader = new CsvRecordReader(run.Stream);
        var committed = (await db.ImportedBatches.AsNoTracking()
            .Where(b => b.Source == run.Batches.Source && b.File == name).Select(b => b.Batch).ToListAsync(cancellationToken)).ToHashSet();
        var fields = new List<string>();
        var row = new ImportRow(target.File, errors);
        if (!reader.TryRead(fields, out var problem) || problem is not null || !fields.SequenceEqual(target.File.Columns, StringComparer.Ordinal))
        {
            errors.Add(new ImportError(name, 1, "header", problem ?? $"expected {target.File.Header}"));
            return new FileImportSummary(name, 0, 0, 0, 0, clock.Elapsed);
        }

        var (indexes, built) = await DeferredIndexes.PrepareAsync(db, run.Store, run, fileStarted: committed.Count > 0, cancellationToken);
        if (!built)
        {
            return new FileImportSummary(name, 0, 0, 0, 0, clock.Elapsed);
        }

        long written = 0, skipped = 0, lastReport = 0;
        int batches = 0, skippedBatches = 0;
        PendingWrite? pending = null;

        // The previous batch's write, awaited before the connection is needed again: while the database copies one
        // batch, this thread reads and checks the next. False when the database refused it (errors then say why).
        async Task<bool> SettleAsync()
        {
            if (pending is not { } write)
            {
                return true;
            }

            pending = null;
            try
            {
                await write.Task;
                (written, batches) = (written + write.Rows.Count, batches + 1);
                return true;
            }
            catch (DbException exception) when (run.Store.IsDuplicate(exception))
            {
                await run.Checks.TraceDuplicatesAsync(target, table, write.Rows, write.Lines, errors, cancellationToken);
                if (errors.Count == 0)
                {
                    errors.Add(new ImportError(name, write.First, "row", $"lines {write.First}–{write.Last} break a unique index of the register"));
                }

                return false;
            }
        }

        for (var batch = 1; ; batch++)
        {
            var rows = new List<object?[]>();
            var lines = new List<long>();
            context.StartBatch();
            var skip = committed.Contains(batch);
            var (count, first) = (0, 0L);
            while (count < run.Batches.Size && reader.TryRead(fields, out problem))
            {
                first = count++ == 0 ? reader.Line : first;
                if (skip)
                {
                    // Committed by an earlier run: only its ids are needed, for the references of later rows.
                    if (target.Ids is { } ids && fields.Count > 0 && long.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                    {
                        ids.Add(id);
                    }
                }
                else
                {
                    row.Reset(reader.Line, fields);
                    if (problem is not null)
                    {
                        row.Fail("row", problem);
                    }
                    else if (fields.Count != target.File.Columns.Count)
                    {
                        row.Fail("row", $"{fields.Count} fields, expected {target.File.Columns.Count}");
                    }
                    else if (target.Map(row) is { } values)
                    {
                        rows.Add(values);
                        lines.Add(reader.Line);
                    }
                }

                if ((count & 1023) == 0 && clock.ElapsedMilliseconds - lastReport >= 1000 && run.Progress is { } report)
                {
                    lastReport = clock.ElapsedMilliseconds;
                    var done = written + skipped + count;
                    report(new ImportProgress(name, done, done / clock.Elapsed.TotalSeconds));
                }
            }

            if (count == 0)
            {
                break;
            }

            if (skip)
            {
                (skipped, skippedBatches) = (skipped + count, skippedBatches + 1);
                continue;
            }

            if (errors.Count == 0 && target.Seal is { } seal)
            {
                seal(new ReadBatch(target.File, rows, lines, errors));
            }

            if (errors.Count == 0 && context.ParentLinks.Count > 0)
            {
                if (!await SettleAsync())
                {
                    break;
                }

                await run.Checks.ParentsBornBeforeChildrenAsync(name, context.ParentLinks, errors, cancellationToken);
            }

            if (errors.Count > 0)
            {
                break;
            }

            var ledger = new ImportedBatch
            {
                Source = run.Batches.Source, File = name, Batch = batch, FirstLine = first, LastLine = reader.Line, Rows = count,
                CommittedAt = time.GetUtcNow().UtcDateTime,
            };
            if (!await SettleAsync())
            {
                break;
            }

            pending = new PendingWrite(Task.Run(() => run.Store.WriteAsync(table, rows, ledger, cancellationToken), cancellationToken), rows, lines, first, reader.Line);
        }

        await SettleAsync();
        if (!await indexes.BuildAsync(run, cancellationToken))
        {
            // The file's rows were all taken out again: none of them is in the register.
            (written, skipped, batches, skippedBatches) = (0, 0, 0, 0);
        }

        return new FileImportSummary(name, written, skipped, batches, skippedBatches, clock.Elapsed);
    }

    private sealed record PendingWrite(Task Task, List<object?[]> Rows, List<long> Lines, long First, long Last);
}

/// <summary>
/// The source an import's rows and ledger entries are kept under, the rows per batch (one transaction each), and
/// whether it is a first load (<see cref="ImportRequest.FirstLoad"/>).
/// </summary>
internal sealed record ImportBatches(string Source, int Size, bool FirstLoad = false);
