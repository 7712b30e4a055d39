using Egov.Platform;
using Egov.Platform.Persistence;
using Egov.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Egov.Registries.Tests.Support;

/// <summary>The platform services over a migrated test database, the kr pack and the registries module, as the host composes them.</summary>
internal static class RegistriesServices
{
    /// <param name="configure">Replaces services after the module registered them (a test's serial source…).</param>
    public static Task<ServiceProvider> BuildMigratedAsync(TestDatabase database, Action<IServiceCollection>? configure = null) =>
        BuildMigratedAsync(database.Configuration, configure);

    /// <summary>The same over the database <paramref name="databaseConfiguration"/> names (<c>Database:Provider</c>, <c>ConnectionStrings:Egov</c>).</summary>
    public static async Task<ServiceProvider> BuildMigratedAsync(IReadOnlyDictionary<string, string?> databaseConfiguration, Action<IServiceCollection>? configure = null)
    {
        // No generated demo population: these registers hold the demo people and what the tests import.
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(databaseConfiguration)
            .AddInMemoryCollection([new("Registries:DemoPopulation:Size", "0")]).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(configuration);
        var settings = services.AddEgovPlatform(configuration, AppContext.BaseDirectory);
        services.AddSingleton(KrPack.Pack);
        services.AddRegistriesModule(settings);
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await provider.GetRequiredService<DatabaseMigrator>().MigrateAsync(TestContext.Current.CancellationToken);
        return provider;
    }
}
