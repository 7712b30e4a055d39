using System.Reflection;
using Egov.Field.Pages.Officials;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace Egov.Field.App;

/// <summary>
/// The field app's service worker and web app manifest. Both are public (a browser fetches a manifest without
/// cookies) and hold nothing personal; the app's page and the sync API stay behind the officials' sign-in.
/// </summary>
internal static class FieldAppEndpoints
{
    private const string ServiceWorkerResource = "Egov.Field.App.field-sw.js";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(AppModel.ServiceWorkerPath, ServiceWorker).ExcludeFromDescription().AllowAnonymous();
        endpoints.MapGet(AppModel.ManifestPath, Manifest).ExcludeFromDescription().AllowAnonymous();
    }

    private static IResult ServiceWorker(HttpContext http)
    {
        // The worker lives in the app's folder but must control the app's page, whose address is the folder's name.
        http.Response.Headers["Service-Worker-Allowed"] = AppModel.Path;
        http.Response.Headers.CacheControl = "no-cache";
        var script = Assembly.GetExecutingAssembly().GetManifestResourceStream(ServiceWorkerResource)
            ?? throw new InvalidOperationException($"The embedded resource {ServiceWorkerResource} is missing.");
        return Results.Stream(script, "text/javascript; charset=utf-8");
    }

    private static IResult Manifest(IStringLocalizer texts) => Results.Json(
        new
        {
            name = texts["field.app.title"].Value,
            short_name = texts["field.app.short-name"].Value,
            lang = System.Globalization.CultureInfo.CurrentUICulture.Name,
            start_url = AppModel.Path,
            scope = AppModel.Path,
            display = "standalone",
            background_color = "#ffffff",
            theme_color = "#0b50d0",
            icons = new[] { new { src = "/_content/Egov.Field/app/icon.svg", sizes = "any", type = "image/svg+xml", purpose = "any" } },
        },
        contentType: "application/manifest+json");
}
