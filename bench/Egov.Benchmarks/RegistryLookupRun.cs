using System.Diagnostics;
using System.Globalization;
using Egov.Platform;
using Egov.Platform.Packs;
using Egov.Registries;
using Egov.Registries.Contracts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Latency of <see cref="IResidentDirectory.FindByIdentifierAndNameAsync"/> over an imported population (HMAC of the
/// number, the unique index on number_hash, the audit entry every lookup writes): p50 and p99 of sequential calls.
/// Run by bench/registry-import.sh after the import: <c>-- registry-lookup CONNECTION residents.csv [count]</c>.
/// </summary>
internal static class RegistryLookupRun
{
    public static async Task<int> RunAsync(string connectionString, string residentsFile, int count)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Egov"] = connectionString,
            ["Packs:Directory"] = Path.GetFullPath("packs"),
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        var settings = services.AddEgovPlatform(configuration, Directory.GetCurrentDirectory());
        services.AddCountryPack(configuration, Directory.GetCurrentDirectory());
        services.AddRegistriesModule(settings);
        await using var provider = services.BuildServiceProvider();

        // Every k-th living resident of the file, so the lookups spread over the whole index; two passes over the file,
        // which at national size does not fit in memory.
        static IEnumerable<string[]> Living(string file) => File.ReadLines(file).Skip(1).Select(l => l.Split(',')).Where(f => f[7] == "alive");
        var living = Living(residentsFile).LongCount();
        var people = Living(residentsFile).Where((_, i) => (long)i * count / living != ((long)i + 1) * count / living)
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
            if (i >= 200)
            {
                times.Add(clock.Elapsed.TotalMilliseconds);
            }

            found += resident is null ? 0 : 1;
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"lookups {times.Count} (after 200 warm-up), found {found}/{count}: p50 {times[times.Count / 2]:F2} ms, p99 {times[(int)(times.Count * 0.99)]:F2} ms"));
        return found == count ? 0 : 1;
    }
}
