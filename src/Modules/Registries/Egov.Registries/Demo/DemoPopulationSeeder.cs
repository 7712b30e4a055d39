using System.Diagnostics;
using Egov.Platform.Packs;
using Egov.Platform.Persistence;
using Egov.Registries.Data;
using Egov.Registries.Features.ImportRegisters;
using Egov.Registries.Files;
using Egov.Registries.Population;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Egov.Registries.Demo;

/// <summary>
/// Gives a demo register the generated population of the pack's <c>demo/population.yaml</c>, beside the named demo
/// people (whose numbers the generator passes over): generated in memory, so no file of personal-looking rows is
/// written, and imported through the <see cref="RegisterImporter"/> under the source <see cref="Source"/>.
/// <para>
/// Once only: the import ledger skips every batch already committed, so a restart writes nothing (and, once the
/// ledger shows the import complete, generates nothing) and an interrupted start continues. Two copies starting
/// together on PostgreSQL do not both import: the migrator runs the seeders under its advisory lock, so the second
/// waits, then finds the ledger complete. SQLite is one host process; a second process racing it could not double
/// the rows either: its ids derive from the same source and file ids, so the primary keys (and the ledger's) refuse
/// them, its import fails and that copy does not start.
/// </para>
/// A register that holds an imported population of another source gets none: generated numbers repeat from one
/// generation to the next (each birth date's serials start at the same value), so the two would collide.
/// </summary>
internal sealed partial class DemoPopulationSeeder(
    RegistriesDbContext db, RegisterImporter importer, CountryPack pack, IOptions<DemoPopulationOptions> options, ILogger<DemoPopulationSeeder> logger)
    : IDataSeeder
{
    public const string Source = "demo-population";

    private const int BatchSize = 50_000;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!pack.IsDemo || pack.Demo?.Population is not { } population)
        {
            return;
        }

        var size = options.Value.Size ?? population.Size;
        if (size == 0)
        {
            return;
        }

        var others = await db.ImportedBatches.Where(b => b.Source != Source).Select(b => b.Source).Distinct().ToListAsync(cancellationToken);
        if (others.Count > 0)
        {
            LogOtherPopulation(logger, string.Join(", ", others));
            return;
        }

        // The importer writes the files in order, stopping at the first failure, and only a file's last batch is short:
        // a short batch of the last file means the whole population is in, and a restart need not generate it again.
        // Anything else (nothing yet, an interrupted start, a last batch exactly full) generates and imports, and the
        // ledger skips what is there.
        var lastFile = PopulationFile.InImportOrder[^1].Name;
        if (await db.ImportedBatches.AnyAsync(b => b.Source == Source && b.File == lastFile && b.Rows < BatchSize, cancellationToken))
        {
            LogAlreadyThere(logger);
            return;
        }

        var clock = Stopwatch.StartNew();
        var storage = PopulationStorage.InMemory();
        var generated = PopulationGenerator.Generate(
            pack, new PopulationShape(size, population.Seed, population.AsOf), storage, (alive, _) => LogGenerating(logger, alive, size));
        var generatedIn = clock.Elapsed;
        var result = await importer.ImportAsync(
            storage, new ImportBatches(Source, BatchSize), p => LogImporting(logger, p.File, p.Rows), cancellationToken);
        if (!result.Succeeded)
        {
            // The reasons name file, line and column, never a value: no resident number reaches the log.
            throw new InvalidOperationException(
                $"the demo population of pack {pack.Code} could not be imported: {string.Join("; ", result.Errors)}");
        }

        LogSeeded(
            logger, size, generated.Rows, result.Files.Sum(f => f.RowsWritten), result.Files.Sum(f => f.RowsSkipped),
            generatedIn.TotalSeconds, (clock.Elapsed - generatedIn).TotalSeconds);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo population: none, the register holds an imported population ({Sources})")]
    private static partial void LogOtherPopulation(ILogger logger, string sources);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo population: already imported")]
    private static partial void LogAlreadyThere(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo population: {Alive} of {Size} residents generated")]
    private static partial void LogGenerating(ILogger logger, long alive, long size);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo population: importing {File}, {Rows} rows")]
    private static partial void LogImporting(ILogger logger, string file, long rows);

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Demo population: {Size} living residents, {Rows} rows generated in {GenerateSeconds:F1} s; {Written} rows written, {Skipped} already there, in {ImportSeconds:F1} s")]
    private static partial void LogSeeded(ILogger logger, int size, long rows, long written, long skipped, double generateSeconds, double importSeconds);
}
