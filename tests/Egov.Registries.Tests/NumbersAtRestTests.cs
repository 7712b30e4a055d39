using System.Diagnostics;
using System.Text;
using Egov.Platform.Persistence;
using Egov.Registries.Tests.Support;
using Egov.Testing;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Egov.Registries.Tests;

/// <summary>Resident numbers are in the database only encrypted: not as typed, not without dashes, not as their bytes in hex.</summary>
public sealed class NumbersAtRestTests
{
    [Fact]
    public async Task DemoPeoplesNumbers_AppearNowhereInTheDatabase()
    {
        await using var database = await TestDatabase.CreateAsync(TestContext.Current.CancellationToken);
        await using (await RegistriesServices.BuildMigratedAsync(database))
        {
        }

        var stored = database.Provider == DatabaseProvider.Sqlite ? SqliteFileText(database) : await PostgresDumpAsync(database);

        Assert.NotEmpty(KrPack.Pack.Demo!.People);
        foreach (var number in KrPack.Pack.Demo.People.Select(p => p.Identifier))
        {
            var display = number[..6] + "-" + number[6..];
            var hex = Convert.ToHexStringLower(Encoding.ASCII.GetBytes(number));
            Assert.DoesNotContain(number, stored, StringComparison.Ordinal);
            Assert.DoesNotContain(display, stored, StringComparison.Ordinal);
            Assert.DoesNotContain(hex, stored, StringComparison.OrdinalIgnoreCase);
        }

        // The check itself can fail: the names next to the numbers are there in clear.
        Assert.Contains("김민준", stored, StringComparison.Ordinal);
    }

    /// <summary>The SQLite file and its write-ahead log, byte for byte, read as UTF-8 (numbers would be ASCII runs).</summary>
    internal static string SqliteFileText(TestDatabase database)
    {
        SqliteConnection.ClearAllPools();
        var path = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
        var files = new[] { path, path + "-wal" }.Where(File.Exists);
        return string.Concat(files.Select(f => Encoding.UTF8.GetString(File.ReadAllBytes(f))));
    }

    /// <summary>PostgreSQL's own dump of the whole test database (bytea columns come out in hex).</summary>
    internal static async Task<string> PostgresDumpAsync(TestDatabase database)
    {
        var settings = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        var start = new ProcessStartInfo(PgDump(), ["-h", settings.Host!, "-p", settings.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", settings.Username!, "--data-only", settings.Database!])
        {
            RedirectStandardOutput = true,
        };
        start.Environment["PGPASSWORD"] = settings.Password ?? "";
        using var dump = Process.Start(start)!;
        var text = await dump.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await dump.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.Equal(0, dump.ExitCode);
        return text;
    }

    private static string PgDump() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin", "pg_dump")).Where(File.Exists).Order().LastOrDefault() ?? "pg_dump"
            : "pg_dump";
}
