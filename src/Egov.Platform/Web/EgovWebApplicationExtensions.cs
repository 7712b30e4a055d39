using Egov.Platform.Localization;
using Egov.Platform.Packs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;

namespace Egov.Platform.Web;

/// <summary>Middleware and endpoints of the platform's web surface.</summary>
public static class EgovWebApplicationExtensions
{
    /// <summary>
    /// Picks each request's language (culture cookie, then <c>Accept-Language</c>, then the pack default) and
    /// serves the pack's design folder under <c>/pack/</c> (its stylesheet sets the design tokens).
    /// Call before routing-dependent middleware.
    /// </summary>
    public static IApplicationBuilder UseEgovWeb(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseRequestLocalization();
        var pack = app.ApplicationServices.GetRequiredService<CountryPack>();
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(Path.GetFullPath(PackDesign.Folder(pack))),
            RequestPath = PackDesign.RequestPath,
        });
        return app;
    }

    /// <summary>Maps the platform's own endpoints: <c>POST /language</c>, the language switch.</summary>
    public static IEndpointRouteBuilder MapEgovWeb(this IEndpointRouteBuilder endpoints)
    {
        LanguageEndpoint.Map(endpoints);
        return endpoints;
    }
}
