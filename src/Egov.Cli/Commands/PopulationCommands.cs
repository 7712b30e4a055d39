using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Egov.Platform.Packs;
using Egov.Registries.Population;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Cli.Commands;

/// <summary><c>population …</c>: synthetic populations for tests, demonstrations and load runs.</summary>
public static class PopulationCommands
{
    /// <summary>Exit code for options that make no sense (as opposed to 1, a failure while running).</summary>
    public const int BadOptions = 2;

    private static readonly DateOnly DefaultAsOf = new(2025, 1, 1);

    /// <summary>Builds the <c>population</c> command with its subcommands.</summary>
    public static Command Create()
    {
        var population = new Command("population", "Synthetic populations of the configured country pack.");
        population.Subcommands.Add(CreateGenerate());
        return population;
    }

    private static Command CreateGenerate()
    {
        var size = new Option<long>("--size") { Description = "Living residents to generate (e.g. 100000; the country's population is fine).", Required = true };
        var seed = new Option<long>("--seed") { Description = "Seed of the random generator; the same pack, size, seed and --as-of give byte-identical files.", DefaultValueFactory = _ => 1 };
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder to write the CSV files to (created if missing; must be empty unless --force).", Required = true };
        var asOf = new Option<string>("--as-of") { Description = "Reference date yyyy-MM-dd: everyone is born, moves and dies before it.", DefaultValueFactory = _ => DefaultAsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        var force = new Option<bool>("--force") { Description = "Write into a folder that is not empty (the population files in it are replaced)." };
        var generate = new Command(
            "generate",
            "Write a realistic synthetic population of the configured country pack (Packs:Code, default kr) as the CSV files of "
            + "docs/registries.md: residents, households, addresses and their history, family links, parcels, buildings, "
            + "ownership, encumbrances, companies and representatives. Exit 2 on bad options.")
        {
            size, seed, output, asOf, force,
        };
        generate.SetAction(parseResult =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            var problem = Check(parseResult.GetValue(size), parseResult.GetValue(output)!, parseResult.GetValue(asOf)!, parseResult.GetValue(force), out var date);
            if (problem is not null)
            {
                error.WriteLine(problem);
                return BadOptions;
            }

            return Generate(
                new PopulationRequest(parseResult.GetValue(size), parseResult.GetValue(seed), date, parseResult.GetValue(output)!.FullName),
                parseResult.InvocationConfiguration.Output,
                error);
        });
        return generate;
    }

    private static string? Check(long size, DirectoryInfo output, string asOfText, bool force, out DateOnly asOf)
    {
        if (!DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOf))
        {
            return $"--as-of: '{asOfText}' is not a date yyyy-MM-dd";
        }

        if (size <= 0)
        {
            return "--size: must be 1 or more";
        }

        if (File.Exists(output.FullName))
        {
            return $"--out: {output.FullName} is a file, not a folder";
        }

        if (output.Exists && output.EnumerateFileSystemInfos().Any() && !force)
        {
            return $"--out: {output.FullName} is not empty; use --force to write into it anyway";
        }

        return null;
    }

    private static int Generate(PopulationRequest request, TextWriter output, TextWriter error)
    {
        CountryPack pack;
        using (var host = CliHost.Build())
        {
            pack = host.Services.GetRequiredService<CountryPack>();
        }

        if (pack.Population is null)
        {
            error.WriteLine($"pack {pack.Code} has no population settings: add population.yaml and name it in pack.yaml (docs/packs.md)");
            return 1;
        }

        Directory.CreateDirectory(request.Directory);
        var clock = Stopwatch.StartNew();
        PopulationSummary summary;
        try
        {
            summary = PopulationGenerator.Generate(pack, request, (alive, rows) => error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  {alive:N0} residents ({100.0 * alive / request.Size:F1} %), {rows:N0} rows, {rows / clock.Elapsed.TotalSeconds:N0} rows/s")));
        }
        catch (InvalidOperationException ex)
        {
            // The pack cannot number someone of this population (e.g. a reference date whose century its identifier
            // has no digit for): say so, without a stack trace; the files written so far are incomplete.
            error.WriteLine($"population generate failed: {ex.Message}");
            return 1;
        }

        foreach (var (file, rows) in summary.Files)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file,-20} {rows,14:N0}"));
        }

        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"pack {pack.Code}: {request.Size:N0} living residents, {summary.Rows:N0} rows in {clock.Elapsed.TotalSeconds:F1} s, seed {request.Seed}, as of {request.AsOf:yyyy-MM-dd}"));
        return 0;
    }
}
