using Egov.Testing;
using System.CommandLine;
using Egov.Cli.Commands;

namespace Egov.Platform.Tests.Packs;

public sealed class PackValidateCommandTests
{
    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var root = new RootCommand();
        root.Subcommands.Add(PackCommands.Create());
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public void Validate_KrPack_PrintsSummaryAndExits0()
    {
        var (exitCode, output, error) = Run("pack", "validate", PackPaths.Kr);

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        Assert.Equal("pack kr valid: 17 provinces, 281 regions, 44 agencies, 0 sign-in providers, 4 delegable services, 5 exchange purposes, 7 document types, 15 benefits, 7 posts, 9 grades, 10 delegation rows, languages ko, en, ja; demo: 16 people, 3 companies, 19 officials, 17 departments, 4 households, 3 marriages, 7 parcels, 10,000 generated residents; population: 51,204,000 residents in 252 regions, 66 surnames", output.Trim());
    }

    [Fact]
    public void Validate_BrokenPack_PrintsEachErrorAndExits1()
    {
        using var pack = new TempPack().Replace("pack.yaml", "en: \"KRW {0}\"", "en: \"KRW\"");

        var (exitCode, _, error) = Run("pack", "validate", pack.Directory);

        Assert.Equal(1, exitCode);
        Assert.StartsWith($"pack.yaml:{pack.LineOf("pack.yaml", "en: \"KRW\"")}: currency.patterns.en: pattern must contain {{0}}", error, StringComparison.Ordinal);
    }
}
