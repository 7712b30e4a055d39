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
    public static async Task<ServiceProvider> BuildMigratedAsync(TestDatabase database)
    {
        // No generated demo population: these registers hold the demo people and what the tests import.
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(database.Configuration)
            .AddInMemoryCollection([new("Registries:DemoPopulation:Size", "0")]).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(configuration);
        var settings = services.AddEgovPlatform(configuration, AppContext.BaseDirectory);
        services.AddSingleton(KrPack.Pack);
        services.AddRegistriesModule(settings);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await provider.GetRequiredService<DatabaseMigrator>().MigrateAsync(TestContext.Current.CancellationToken);
        return provider;
    }
}
