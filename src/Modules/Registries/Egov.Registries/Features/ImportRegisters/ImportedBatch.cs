namespace Egov.Registries.Features.ImportRegisters;

/// <summary>
/// The import ledger: one row per committed batch of a population file, written in the batch's own transaction.
/// A re-run of the same source skips the batches found here, so importing a folder twice changes nothing and an
/// interrupted import continues after its last committed batch.
/// </summary>
internal sealed class ImportedBatch
{
    /// <summary>The import source (<c>--source</c>, by default the folder's name); register ids derive from it.</summary>
    public required string Source { get; set; }

    /// <summary>The file name, e.g. <c>residents.csv</c>.</summary>
    public required string File { get; set; }

    /// <summary>1 for the file's first batch.</summary>
    public int Batch { get; set; }

    public long FirstLine { get; set; }

    public long LastLine { get; set; }

    public int Rows { get; set; }

    public DateTime CommittedAt { get; set; }
}
