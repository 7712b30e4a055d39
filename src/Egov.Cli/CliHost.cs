using Egov.Host;
using Egov.Platform;
using Egov.Platform.Packs;
using Egov.Platform.Persistence;
using Egov.Platform.Web;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Egov.Cli;

/// <summary>
/// The services a command needs, configured exactly as the host is (its appsettings.json, then standard
/// environment variables such as <c>Database__Provider</c>) with the same modules, without web or
/// background work.
/// </summary>
internal static class CliHost
{
    public static IHost Build(Action<IConfigurationBuilder>? overrides = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        overrides?.Invoke(builder.Configuration);
        builder.Logging.ClearProviders();
        var database = builder.Services.AddEgovPlatform(builder.Configuration, builder.Environment.ContentRootPath);
        var pack = builder.Services.AddCountryPack(builder.Configuration, builder.Environment.ContentRootPath);
        // The pack's texts as IStringLocalizer: modules' seeders need them (Identity validates demo passwords with them).
        builder.Services.AddEgovWeb(pack);
        builder.Services.AddEgovModules(builder.Configuration, database);
        return builder.Build();
    }

    /// <summary>The services, with the database migrated first when the configuration says the host would (the embedded default).</summary>
    public static async Task<IHost> BuildMigratedAsync(Action<IConfigurationBuilder>? overrides, CancellationToken cancellationToken)
    {
        var host = Build(overrides);
        if (host.Services.GetRequiredService<DatabaseSettings>().MigrateAtStartup)
        {
            await host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        }

        return host;
    }
}
