using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Egov.Benefits;
using Egov.Platform.Packs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Cli.Commands;

/// <summary><c>benefits …</c>: population-wide evaluation of the pack's benefit rules.</summary>
public static class BenefitCommands
{
    public static Command Create(Action<IConfigurationBuilder>? configure = null) =>
        new("benefits", "Benefits: evaluate the pack's rules for the whole population.") { Evaluate(configure) };

    private static Command Evaluate(Action<IConfigurationBuilder>? configure)
    {
        var all = new Option<bool>("--all") { Description = "Every living resident (the only scope there is; says what you mean).", Required = true };
        var asOf = new Option<string?>("--as-of") { Description = "The date rules and ages are read at, yyyy-MM-dd; today in the pack's time zone when absent." };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the CSV: resident_id,benefit_code,monthly_amount_<currency>.", Required = true };
        var command = new Command("evaluate",
            "Evaluate every living resident against every rule in force on the date and write one row per person and benefit they get. "
            + "The register streams household by household, so memory stays flat; progress goes to stderr every few seconds. "
            + "Monthly amounts: a yearly benefit is spread over twelve months; one-off payments, discounts and alerts have none.")
        { all, asOf, output };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var (stdout, stderr) = (parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error);
            if (!parseResult.GetValue(all))
            {
                await stderr.WriteLineAsync("say --all: the run covers every living resident");
                return 2;
            }

            DateOnly? date = null;
            if (parseResult.GetValue(asOf) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    await stderr.WriteLineAsync($"--as-of: '{text}' is not a date yyyy-MM-dd");
                    return 2;
                }

                date = parsed;
            }

            using var host = await CliHost.BuildMigratedAsync(configure, cancellationToken);
            await using var scope = host.Services.CreateAsyncScope();
            var day = date ?? host.Services.GetRequiredService<CountryPack>().Today(TimeProvider.System);
            var file = parseResult.GetValue(output)!;
            // Written beside, renamed at the end: a stopped run never leaves a results file that looks complete.
            var partial = file.FullName + ".partial";
            var clock = Stopwatch.StartNew();
            // The run's own CPU, start-up, migrations and the pack left out: the figure that scales with the population.
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var result = await WriteAsync(partial, day, scope.ServiceProvider.GetRequiredService<IPopulationEvaluation>(), new ThrottledProgress(stderr, clock), cancellationToken);
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            File.Move(partial, file.FullName, overwrite: true);
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"evaluated {result.People:N0} residents as of {day:yyyy-MM-dd} in {clock.Elapsed:hh\\:mm\\:ss}: {result.Rows:N0} rows · {result.People / Math.Max(clock.Elapsed.TotalSeconds, 0.001):N0} residents/s · CPU {cpu.TotalSeconds:N1} s ({cpu.TotalMicroseconds / Math.Max(result.People, 1):N1} µs a resident) · peak memory {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MiB"));
            foreach (var (code, count) in result.ByBenefit.OrderBy(b => b.Key, StringComparer.Ordinal))
            {
                await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {code}: {count:N0}"));
            }

            return 0;
        });
        return command;
    }

    private static async Task<PopulationResult> WriteAsync(string path, DateOnly day, IPopulationEvaluation evaluation, IProgress<PopulationProgress> progress, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false), bufferSize: 1 << 16);
        return await evaluation.RunAsync(day, writer, $"operator:{Environment.UserName}", progress, cancellationToken);
    }

    /// <summary>Prints at most every five seconds (a chunk is a few thousand residents), on the caller's thread, in order.</summary>
    private sealed class ThrottledProgress(TextWriter stderr, Stopwatch clock) : IProgress<PopulationProgress>
    {
        private TimeSpan next = TimeSpan.Zero;

        public void Report(PopulationProgress value)
        {
            if (clock.Elapsed < next && value.People < value.Total)
            {
                return;
            }

            next = clock.Elapsed + TimeSpan.FromSeconds(5);
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{value.People:N0} / {value.Total:N0} residents ({100.0 * value.People / Math.Max(value.Total, 1):N1}%) · {value.Rows:N0} rows · {value.People / Math.Max(clock.Elapsed.TotalSeconds, 0.001):N0}/s · CPU {Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:N1} s · memory {Environment.WorkingSet / 1048576.0:N0} MiB"));
        }
    }
}
