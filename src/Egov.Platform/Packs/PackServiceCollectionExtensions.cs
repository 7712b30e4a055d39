using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Platform.Packs;

/// <summary>Loads the configured country pack once at start-up; a pack with any error stops the host.</summary>
public static class PackServiceCollectionExtensions
{
    /// <summary>
    /// Reads <c>Packs:Code</c> (default <c>kr</c>) from <c>Packs:Directory</c> (default <c>&lt;home&gt;/packs</c>)
    /// and registers it. Every error is listed, each with file, line and field.
    /// </summary>
    public static CountryPack AddCountryPack(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var home = EgovHome.Resolve(configuration, contentRoot);
        var folder = Path.GetFullPath(configuration["Packs:Directory"] ?? "packs", home);
        var directory = Path.Combine(folder, configuration["Packs:Code"] ?? "kr");
        var result = CountryPackLoader.Load(directory);
        if (!result.IsValid)
        {
            throw new InvalidOperationException(
                $"Country pack {directory} is invalid:{Environment.NewLine}{string.Join(Environment.NewLine, result.Errors)}");
        }

        services.AddSingleton(result.Pack);
        return result.Pack;
    }
}
