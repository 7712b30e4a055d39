using Scalar.AspNetCore;

namespace Egov.Host.Extensions;

/// <summary>
/// The browsable API reference at <c>/docs/api</c>: Scalar's bundled script (served by Scalar.AspNetCore
/// from the package, no CDN) started by our own external script. Our page instead of Scalar's because
/// Scalar's page starts with an inline script, which the platform's CSP forbids.
/// </summary>
internal static class ApiReferenceExtensions
{
    private const string AssetsPrefix = "/docs/api-assets";

    private const string Page = $"""
        <!doctype html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>Enjoy e-Gov API reference</title>
        </head>
        <body>
          <div id="api-reference"></div>
          <script src="{AssetsPrefix}/scalar.js"></script>
          <script src="/js/api-reference.js"></script>
        </body>
        </html>
        """;

    public static WebApplication MapApiReference(this WebApplication app)
    {
        app.MapScalarApiReference(AssetsPrefix).ExcludeFromDescription();
        app.MapGet("/docs/api", () => Results.Content(Page, "text/html; charset=utf-8")).ExcludeFromDescription();
        return app;
    }
}
