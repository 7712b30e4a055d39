using Egov.Platform.Persistence;
using Egov.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Egov.Platform.Tests.Support;

/// <summary>One "host copy" of the platform services over a test database, with a controllable clock.</summary>
internal static class PlatformServices
{
    public static ServiceProvider Build(TestDatabase database, FakeTimeProvider time, Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(database.Configuration).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<TimeProvider>(time);
        services.AddEgovPlatform(configuration, AppContext.BaseDirectory);
        configure?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public static async Task<ServiceProvider> BuildMigratedAsync(TestDatabase database, FakeTimeProvider time, Action<IServiceCollection>? configure = null)
    {
        var provider = Build(database, time, configure);
        await provider.GetRequiredService<DatabaseMigrator>().MigrateAsync(TestContext.Current.CancellationToken);
        return provider;
    }
}
