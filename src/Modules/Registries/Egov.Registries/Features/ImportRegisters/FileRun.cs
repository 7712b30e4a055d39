using Egov.Registries.Files;

namespace Egov.Registries.Features.ImportRegisters;

/// <summary>One file of an import: where it goes, what the import shares, and the errors found so far.</summary>
internal sealed record FileRun(
    ImportTarget Target, RegisterTable Table, PopulationStorage Storage, Stream Stream, ImportContext Context, BatchStore Store, ImportChecks Checks,
    List<ImportError> Errors, ImportBatches Batches, Action<ImportProgress>? Progress);
