using System.CommandLine;
using Egov.Testing;
using Microsoft.Data.Sqlite;

namespace Egov.Platform.Tests.Support;

/// <summary>Runs a CLI command in-process against a test database, as an operator would from a shell.</summary>
internal static class CliRunner
{
    // The environment is process-wide: one CLI run at a time.
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public static async Task<(int ExitCode, string Output)> RunAsync(TestDatabase database, Command command, params string[] args)
    {
        await OneAtATime.WaitAsync(TestContext.Current.CancellationToken);
        var root = new RootCommand { command };
        using var output = new StringWriter();
        // The CLI reads the same configuration keys as the host, here from the environment.
        foreach (var (key, value) in database.Configuration)
        {
            Environment.SetEnvironmentVariable(key.Replace(":", "__", StringComparison.Ordinal), value);
        }

        try
        {
            var code = await root.Parse([command.Name, .. args]).InvokeAsync(new InvocationConfiguration { Output = output, Error = output }, TestContext.Current.CancellationToken);
            return (code, output.ToString());
        }
        finally
        {
            foreach (var key in database.Configuration.Keys)
            {
                Environment.SetEnvironmentVariable(key.Replace(":", "__", StringComparison.Ordinal), null);
            }

            SqliteConnection.ClearAllPools();
            OneAtATime.Release();
        }
    }
}
