using System.CommandLine;
using System.Text;
using Egov.Cli.Commands;
using Egov.Platform.Persistence;
using Egov.Registries.Tests.Support;
using Egov.Testing;
using Microsoft.Extensions.Configuration;

namespace Egov.Registries.Tests;

/// <summary><c>registry import</c> and <c>registry export</c> as an operator runs them: exit codes, output, what reaches the disk.</summary>
public sealed class RegistryCommandsTests
{
    [Fact]
    public async Task Import_ValidFolder_Exits0_AndNoResidentNumberReachesTheOutputOrTheDatabaseInClear()
    {
        using var folder = new PopulationFolder();
        await using var database = await TestDatabase.CreateAsync(TestContext.Current.CancellationToken);

        var (exitCode, output, error) = await RunAsync(database, "registry", "import", folder.Directory, "--batch-size", "2");
        var (exportCode, exportOutput, _) = await RunAsync(database, "registry", "export", Path.Combine(folder.Root, "out"));

        Assert.True(exitCode == 0, error);
        Assert.Contains("source census: 36 rows imported, 0 already imported", output, StringComparison.Ordinal);
        Assert.Equal(0, exportCode);
        Assert.Contains("source census: 36 rows exported", exportOutput, StringComparison.Ordinal);
        var stored = database.Provider == DatabaseProvider.Sqlite
            ? NumbersAtRestTests.SqliteFileText(database)
            : await NumbersAtRestTests.PostgresDumpAsync(database);
        Assert.Contains("김도윤", stored, StringComparison.Ordinal);
        foreach (var number in PopulationFolder.Numbers)
        {
            foreach (var form in new[] { number, number[..6] + "-" + number[6..], Convert.ToHexStringLower(Encoding.ASCII.GetBytes(number)) })
            {
                Assert.DoesNotContain(form, stored, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(form, output + error + exportOutput, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Fact]
    public async Task Import_BadRow_Exits1_NamingFileLineAndColumn_AndARerunOfTheFixedFolderExits0()
    {
        using var folder = new PopulationFolder();
        var good = folder.Lines("residents.csv")[2];
        folder.Replace("residents.csv", 3, good.Replace(",11110,1,spouse,", ",11110,1,wife,", StringComparison.Ordinal));
        await using var database = await TestDatabase.CreateAsync(TestContext.Current.CancellationToken);

        var (exitCode, _, error) = await RunAsync(database, "registry", "import", folder.Directory);
        folder.Replace("residents.csv", 3, good);
        var (rerunCode, rerunOutput, _) = await RunAsync(database, "registry", "import", folder.Directory);

        Assert.Equal(1, exitCode);
        Assert.StartsWith(
            "residents.csv:3: relation_to_head: not one of child, child_in_law, grandchild, head, other, parent, parent_in_law, sibling, spouse\n"
            + "import stopped: a batch of residents.csv has errors; nothing of it was written, 4 rows of earlier batches were", error.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal(0, rerunCode);
        Assert.Contains("source census: 32 rows imported, 4 already imported", rerunOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_MissingFolder_Exits1()
    {
        await using var database = await TestDatabase.CreateAsync(TestContext.Current.CancellationToken);

        var (exitCode, _, error) = await RunAsync(database, "registry", "import", "/nonexistent/population");

        Assert.Equal(1, exitCode);
        Assert.Contains("no such folder", error, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(TestDatabase database, params string[] args)
    {
        var root = new RootCommand();
        root.Subcommands.Add(RegistryCommands.Create(c => c.AddInMemoryCollection(new Dictionary<string, string?>(database.Configuration)
        {
            ["Packs:Directory"] = Path.Combine(RepoPaths.Root, "packs"),
        })));
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, TestContext.Current.CancellationToken);
        return (exitCode, output.ToString(), error.ToString());
    }
}
