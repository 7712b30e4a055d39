using System.Diagnostics;
using System.Globalization;
using Egov.Platform.Audit;
using Egov.Registries;
using Egov.Registries.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

/// <summary>
/// Latency of <see cref="IResidentDirectory.FindByIdentifierAndNameAsync"/> over an imported population (HMAC of the
/// number, the unique index on number_hash, the audit entry every lookup writes): p50 and p99 of sequential calls,
/// then its two database parts on their own: the bare index probe (SQL by keyed hash) and the audit append.
/// Run by bench/registry-import.sh after the import: <c>-- registry-lookup CONNECTION residents.csv [count]</c>.
/// </summary>
internal static class RegistryLookupRun
{
    /// <summary>
    /// Lookups before the measured ones, on other residents: a host answers lookups for days, so what counts is its
    /// steady state, after the JIT has recompiled the hot paths (with 200, on two cores, that recompilation fell inside
    /// the measured calls and tripled p99).
    /// </summary>
    private const int WarmUp = 2_000;

    public static async Task<int> RunAsync(string connectionString, string residentsFile, int count)
    {
        await using var provider = BenchServices.Build("Postgres", connectionString, (services, settings) => services.AddRegistriesModule(settings));

        // Every k-th living resident of the file, so the lookups spread over the whole index; two passes over the file,
        // which at national size does not fit in memory.
        static IEnumerable<string[]> Living(string file) => File.ReadLines(file).Skip(1).Select(l => l.Split(',')).Where(f => f[7] == "alive");
        var total = WarmUp + count;
        var living = Living(residentsFile).LongCount();
        var people = Living(residentsFile).Where((_, i) => (long)i * total / living != ((long)i + 1) * total / living)
            .Select(f => (Number: f[1], Name: f[2])).ToList();
        var purpose = new DataPurpose("system:bench", "bench", "benchmark");
        var times = new List<double>(count);
        var found = 0;
        foreach (var (person, i) in people.Select((p, i) => (p, i)))
        {
            await using var scope = provider.CreateAsyncScope();
            var directory = scope.ServiceProvider.GetRequiredService<IResidentDirectory>();
            var clock = Stopwatch.StartNew();
            var resident = await directory.FindByIdentifierAndNameAsync(person.Number, person.Name, purpose);
            if (i >= WarmUp)
            {
                times.Add(clock.Elapsed.TotalMilliseconds);
            }

            found += resident is null ? 0 : 1;
        }

        Report($"lookups {times.Count} (after {WarmUp} warm-up), found {found}/{people.Count}", times);
        Report("  of which the bare index probe (SQL by keyed hash, other residents)", await ProbeTimesAsync(connectionString, count));
        Report("  of which the audit append (IAuditLog, one entry)", await AuditTimesAsync(provider, count));
        return found == people.Count ? 0 : 1;
    }

    private static async Task<List<double>> ProbeTimesAsync(string connectionString, int count)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var hashes = new List<byte[]>(count);
        await using (var sample = new NpgsqlCommand($"SELECT number_hash FROM registries.residents TABLESAMPLE SYSTEM (1) LIMIT {count}", connection))
        await using (var reader = await sample.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                hashes.Add((byte[])reader[0]);
            }
        }

        var times = new List<double>(hashes.Count);
        foreach (var hash in hashes)
        {
            var clock = Stopwatch.StartNew();
            await using var probe = new NpgsqlCommand("SELECT * FROM registries.residents WHERE number_hash = @hash", connection);
            probe.Parameters.AddWithValue("hash", hash);
            await using var reader = await probe.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
            }

            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        return times;
    }

    private static async Task<List<double>> AuditTimesAsync(IServiceProvider provider, int count)
    {
        var times = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            await using var scope = provider.CreateAsyncScope();
            var audit = scope.ServiceProvider.GetRequiredService<IAuditLog>();
            var clock = Stopwatch.StartNew();
            await audit.AppendAsync(new AuditRecord("system:bench", "bench.audit-append", "resident:none", Purpose: "benchmark"));
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        return times;
    }

    private static void Report(string what, List<double> times)
    {
        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: p50 {times[times.Count / 2]:F2} ms, p99 {times[(int)(times.Count * 0.99)]:F2} ms, max {times[^1]:F2} ms"));
    }
}
