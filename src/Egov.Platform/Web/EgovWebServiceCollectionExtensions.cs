using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Egov.Platform.Localization;
using Egov.Platform.Packs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.WebEncoders;

namespace Egov.Platform.Web;

/// <summary>Registers the platform's web surface: design system, Razor Pages, texts and languages.</summary>
public static class EgovWebServiceCollectionExtensions
{
    /// <summary>
    /// Adds Razor Pages with the shared layout and components, the pack-driven texts as
    /// <see cref="IStringLocalizer"/> (also behind <c>IViewLocalizer</c> and data-annotation messages), request
    /// localization over the pack's languages and <see cref="CultureFormat"/>.
    /// </summary>
    public static IServiceCollection AddEgovWeb(this IServiceCollection services, CountryPack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        services.TryAddSingleton(pack);
        services.AddSingleton<TextCatalog>();
        services.AddSingleton<TextStringLocalizer>();
        services.AddSingleton<IStringLocalizer>(sp => sp.GetRequiredService<TextStringLocalizer>());
        // Replace, not TryAdd: AddLocalization (called by view localization) would otherwise install the .resx factory.
        services.Replace(ServiceDescriptor.Singleton<IStringLocalizerFactory, TextStringLocalizerFactory>());
        services.AddSingleton<CultureFormat>();
        services.AddOptions<EgovLayoutOptions>();
        services.Configure<HubOptions>(options => options.AddFilter<ClosedConnectionHubFilter>());

        // Hangul and kana stay as characters in the HTML instead of &#x...; entities (a third of the size).
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        services.AddRazorPages()
            .AddViewLocalization()
            .AddDataAnnotationsLocalization();

        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = pack.Languages.Select(CultureInfo.GetCultureInfo).ToList();
            options.DefaultRequestCulture = new RequestCulture(pack.DefaultLanguage);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            // The remembered choice first, then the browser's preference; no query string, so links stay clean.
            options.RequestCultureProviders =
            [
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }
}
