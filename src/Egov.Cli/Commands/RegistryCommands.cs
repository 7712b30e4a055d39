using System.CommandLine;
using System.Globalization;
using Egov.Platform.Persistence;
using Egov.Registries;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Cli.Commands;

/// <summary><c>registry …</c>: the registers' population files (docs/registries.md), in and out.</summary>
public static class RegistryCommands
{
    /// <summary>Builds the <c>registry</c> command; <paramref name="configure"/> adds configuration (tests point it at their database).</summary>
    public static Command Create(Action<IConfigurationBuilder>? configure = null) =>
        new("registry", "The base registers' population files (CSV, docs/registries.md).") { Import(configure), Export(configure) };

    private static Command Import(Action<IConfigurationBuilder>? configure)
    {
        var directory = new Argument<DirectoryInfo>("dir") { Description = "The folder of population files." };
        var source = new Option<string?>("--source") { Description = "Import source name (register ids and the import ledger are per source); default: the folder's name." };
        var batchSize = new Option<int>("--batch-size") { Description = "Rows per batch, each its own transaction.", DefaultValueFactory = _ => 50_000 };
        var firstLoad = new Option<bool>("--first-load")
        {
            Description = "For each file not yet begun under this source, build its table's secondary indexes once at the end of the file "
                + "instead of row by row (much faster for a whole country); a duplicate is then found only there, and undoes that whole file.",
        };
        var import = new Command("import",
            "Check and write a folder's population files into the registers, batch by batch. A batch with errors writes nothing: "
            + "its errors are printed as 'file:line: column: reason' and the command exits 1; batches committed before it stay, "
            + "and running the command again continues after them. Importing the same folder twice changes nothing.")
        { directory, source, batchSize, firstLoad };
        import.SetAction(async (parseResult, cancellationToken) =>
        {
            var (output, error) = (parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error);
            var folder = parseResult.GetValue(directory)!;
            if (!folder.Exists)
            {
                await error.WriteLineAsync($"no such folder: {folder.FullName}");
                return 1;
            }

            // The import brings its own population: a demo one seeded by the migration first would hold numbers that a
            // generated import repeats (docs/registries.md), and the host seeds none once another population is there.
            using var host = CliHost.Build(c =>
            {
                c.AddInMemoryCollection([new("Registries:DemoPopulation:Size", "0")]);
                configure?.Invoke(c);
            });
            if (host.Services.GetRequiredService<DatabaseSettings>().MigrateAtStartup)
            {
                await host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
            }

            await using var scope = host.Services.CreateAsyncScope();
            var request = new ImportRequest(folder.FullName, parseResult.GetValue(source) ?? folder.Name, parseResult.GetValue(batchSize), parseResult.GetValue(firstLoad));
            var result = await scope.ServiceProvider.GetRequiredService<IRegisterFiles>().ImportAsync(
                request, p => error.WriteLine(Invariant($"  {p.File}: {p.Rows:N0} rows, {p.RowsPerSecond:N0} rows/s")), cancellationToken);
            await output.WriteLineAsync(Invariant($"{"file",-20} {"written",12} {"skipped",12} {"batches",8} {"rows/s",10} {"seconds",8}"));
            foreach (var f in result.Files)
            {
                var rate = f.Elapsed.TotalSeconds > 0 ? (f.RowsWritten + f.RowsSkipped) / f.Elapsed.TotalSeconds : 0;
                await output.WriteLineAsync(Invariant(
                    $"{f.File,-20} {f.RowsWritten,12:N0} {f.RowsSkipped,12:N0} {f.Batches + f.BatchesSkipped,8:N0} {rate,10:N0} {f.Elapsed.TotalSeconds,8:F1}"));
            }

            var written = result.Files.Sum(f => f.RowsWritten);
            if (!result.Succeeded)
            {
                foreach (var problem in result.Errors)
                {
                    await error.WriteLineAsync(problem.ToString());
                }

                var more = result.MoreErrors > 0 ? Invariant($" (and {result.MoreErrors:N0} more)") : "";
                await error.WriteLineAsync(Invariant($"import stopped: a batch of {result.Errors[0].File} has errors{more}; nothing of it was written, {written:N0} rows of earlier batches were"));
                return 1;
            }

            await output.WriteLineAsync(Invariant(
                $"source {request.Source}: {written:N0} rows imported, {result.Files.Sum(f => f.RowsSkipped):N0} already imported, in {result.Elapsed.TotalSeconds:F1} s"));
            return 0;
        });
        return import;
    }

    private static Command Export(Action<IConfigurationBuilder>? configure)
    {
        var directory = new Argument<DirectoryInfo>("dir") { Description = "The folder to write (created if missing; its population files are replaced)." };
        var source = new Option<string?>("--source") { Description = "The import source to export; default: the only one imported." };
        var export = new Command("export", "Write the rows imported from a source back as population files, with their file ids, in file-id order.")
        {
            directory, source,
        };
        export.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = CliHost.Build(configure);
            await using var scope = host.Services.CreateAsyncScope();
            ExportResult result;
            try
            {
                result = await scope.ServiceProvider.GetRequiredService<IRegisterFiles>().ExportAsync(
                    new ExportRequest(parseResult.GetValue(directory)!.FullName, parseResult.GetValue(source)), cancellationToken);
            }
            catch (InvalidOperationException e)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync(e.Message);
                return 1;
            }

            var output = parseResult.InvocationConfiguration.Output;
            foreach (var (file, rows) in result.Files)
            {
                await output.WriteLineAsync(Invariant($"{file,-20} {rows,12:N0}"));
            }

            await output.WriteLineAsync(Invariant($"source {result.Source}: {result.Files.Sum(f => f.Rows):N0} rows exported in {result.Elapsed.TotalSeconds:F1} s"));
            return 0;
        });
        return export;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
