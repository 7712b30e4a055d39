using Egov.Platform;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Egov.Cli;

/// <summary>
/// The services a command needs, configured exactly as the host is (its appsettings.json, then
/// <c>EGOV_</c>-free standard environment variables such as <c>Database__Provider</c>), without web or
/// background work.
/// </summary>
internal static class CliHost
{
    public static IHost Build(Action<IConfigurationBuilder>? overrides = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        overrides?.Invoke(builder.Configuration);
        builder.Logging.ClearProviders();
        builder.Services.AddEgovPlatform(builder.Configuration, builder.Environment.ContentRootPath);
        return builder.Build();
    }
}
