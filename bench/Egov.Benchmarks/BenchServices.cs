using Egov.Platform;
using Egov.Platform.Packs;
using Egov.Platform.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// The services a CLI host would have for the given modules, over a database and the repository's packs (run from the
/// repository's root), without the host: what the runners that measure one service call at a time drive.
/// </summary>
internal static class BenchServices
{
    public static ServiceProvider Build(string provider, string connectionString, Action<IServiceCollection, DatabaseSettings> addModules)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["ConnectionStrings:Egov"] = connectionString,
            ["Packs:Directory"] = Path.GetFullPath("packs"),
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        var settings = services.AddEgovPlatform(configuration, Directory.GetCurrentDirectory());
        services.AddCountryPack(configuration, Directory.GetCurrentDirectory());
        addModules(services, settings);
        return services.BuildServiceProvider();
    }

    /// <summary>The repository's root, found above the benchmark's binaries (BenchmarkDotNet runs them from its own folder).</summary>
    public static string RepoRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Egov.slnx")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Egov.slnx not found above " + AppContext.BaseDirectory);
    }
}
