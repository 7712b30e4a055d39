using Egov.Registries.Features.ImportRegisters;

namespace Egov.Registries;

/// <summary>
/// The registers' exchange in population files (docs/registries.md): what <c>Egov.Cli registry import</c> and
/// <c>registry export</c> run. An operator's tool, not a question other modules ask (those use the Contracts).
/// </summary>
public interface IRegisterFiles
{
    /// <summary>
    /// Streams the folder's files into the registers in batches, each checked whole before it is written in its own
    /// transaction; stops at the first batch with errors (nothing of it written, earlier batches kept). Batches
    /// already in the import ledger for this source are skipped, so a re-run continues where the last one stopped.
    /// </summary>
    Task<ImportResult> ImportAsync(ImportRequest request, Action<ImportProgress>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>Writes the rows imported from a source back as population files, with their file ids, sorted by them.</summary>
    Task<ExportResult> ExportAsync(ExportRequest request, CancellationToken cancellationToken = default);
}

/// <summary>What to import.</summary>
/// <param name="Directory">The folder of population files.</param>
/// <param name="Source">The import source name: register ids derive from it and the ledger is kept per source.</param>
/// <param name="BatchSize">Rows per batch (one transaction each).</param>
/// <param name="FirstLoad">
/// For each file not yet begun under this source, drop its table's secondary indexes and build them once its rows
/// are in: many times faster for a whole country, but a duplicate (a resident number given twice in different
/// batches) is then found only at the end of the file, and undoes the whole file.
/// </param>
public sealed record ImportRequest(string Directory, string Source, int BatchSize = 50_000, bool FirstLoad = false);

/// <summary>How far an import is, reported at most once a second.</summary>
public sealed record ImportProgress(string File, long Rows, double RowsPerSecond);

/// <summary>An import's outcome: per file counts and, when it stopped, the errors of the batch that failed.</summary>
/// <param name="Files">Per file, in import order (files absent from the folder are left out).</param>
/// <param name="Errors">Up to 20 errors of the failing batch, in line order; empty when the import completed.</param>
/// <param name="MoreErrors">How many errors of the failing batch are not listed.</param>
/// <param name="Elapsed">Time taken.</param>
public sealed record ImportResult(IReadOnlyList<FileImportSummary> Files, IReadOnlyList<ImportError> Errors, int MoreErrors, TimeSpan Elapsed)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>One file's import: rows written now, rows of batches already committed by an earlier run, and time.</summary>
public sealed record FileImportSummary(string File, long RowsWritten, long RowsSkipped, int Batches, int BatchesSkipped, TimeSpan Elapsed);

/// <summary>What to export.</summary>
/// <param name="Directory">The folder to write (created when missing; files in it are replaced).</param>
/// <param name="Source">The import source whose rows to write; null: the only source in the ledger.</param>
public sealed record ExportRequest(string Directory, string? Source);

/// <summary>An export's outcome: rows per file, in import order.</summary>
public sealed record ExportResult(string Source, IReadOnlyList<(string File, long Rows)> Files, TimeSpan Elapsed);
