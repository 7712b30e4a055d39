using System.CommandLine;
using Egov.Cli.Commands;

namespace Egov.Registries.Tests.Population;

/// <summary><c>population generate</c> run in process, as an operator would from a shell.</summary>
public sealed class PopulationCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("egov-population-cli-").FullName;

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var root = new RootCommand { PopulationCommands.Create() };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = root.Parse(["population", "generate", .. args]).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public void Generate_WritesEveryFile_PrintsTheCounts_AndExits0()
    {
        var output = Path.Combine(folder, "out");

        var (exitCode, printed, error) = Run("--size", "500", "--seed", "3", "--out", output);

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        Assert.Equal(11, Directory.GetFiles(output, "*.csv").Length);
        Assert.Contains("pack kr: 500 living residents", printed, StringComparison.Ordinal);
        Assert.Equal(500, File.ReadLines(Path.Combine(output, "residents.csv")).Count(l => l.Contains(",alive,", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("0", "--size: must be 1 or more")]
    [InlineData("-5", "--size: must be 1 or more")]
    public void Generate_WithASizeBelowOne_Exits2(string size, string message)
    {
        var (exitCode, _, error) = Run("--size", size, "--out", Path.Combine(folder, "out"));

        Assert.Equal(2, exitCode);
        Assert.Equal(message, error.Trim());
    }

    [Fact]
    public void Generate_IntoAFile_Exits2()
    {
        var file = Path.Combine(folder, "a-file");
        File.WriteAllText(file, "x");

        var (exitCode, _, error) = Run("--size", "10", "--out", file);

        Assert.Equal(2, exitCode);
        Assert.EndsWith("is a file, not a folder", error.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_IntoANonEmptyFolder_Exits2_UnlessForced()
    {
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "x");

        var refused = Run("--size", "10", "--out", folder);
        var forced = Run("--size", "10", "--out", folder, "--force");

        Assert.Equal(2, refused.ExitCode);
        Assert.EndsWith("is not empty; use --force to write into it anyway", refused.Error.Trim(), StringComparison.Ordinal);
        Assert.Equal(0, forced.ExitCode);
        Assert.True(File.Exists(Path.Combine(folder, "residents.csv")));
    }

    [Fact]
    public void Generate_WithABadDate_Exits2()
    {
        var (exitCode, _, error) = Run("--size", "10", "--out", Path.Combine(folder, "out"), "--as-of", "1 Jan 2025");

        Assert.Equal(2, exitCode);
        Assert.Equal("--as-of: '1 Jan 2025' is not a date yyyy-MM-dd", error.Trim());
    }

    [Fact]
    public void Generate_AsOfADateThePacksIdentifierCannotNumber_Exits1WithTheReason()
    {
        var (exitCode, _, error) = Run("--size", "50", "--out", Path.Combine(folder, "out"), "--as-of", "2190-01-01");

        Assert.Equal(1, exitCode);
        Assert.StartsWith("population generate failed: identifier 'rrn': no value of group 's' encodes 2100s", error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
