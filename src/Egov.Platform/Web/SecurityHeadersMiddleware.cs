using Microsoft.AspNetCore.Http;

namespace Egov.Platform.Web;

/// <summary>
/// Headers every response carries. The CSP allows only the platform's own scripts and styles (no inline
/// code), so an injected &lt;script&gt; or style attribute does nothing; pages are never framed. Images may be
/// <c>blob:</c> addresses, which only the page's own script can make (the field app shows photos kept on the device).
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next, IEnumerable<IFormActionSources> formActionSources)
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    // The API reference (a third-party Vue app) injects its own <style> elements; scripts stay 'self'.
    private const string ApiReferencePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        var policy = context.Request.Path.StartsWithSegments("/docs/api") ? ApiReferencePolicy : ContentSecurityPolicy;
        context.Response.OnStarting(async () =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = await WithFormActionSourcesAsync(context, policy);
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(self), geolocation=(self), microphone=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
        });
        return next(context);
    }

    // Only pages hold forms; API responses keep the plain policy and cost nothing extra.
    private async Task<string> WithFormActionSourcesAsync(HttpContext context, string policy)
    {
        if (context.Response.ContentType?.StartsWith("text/html", StringComparison.Ordinal) != true)
        {
            return policy;
        }

        var origins = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var source in formActionSources)
        {
            origins.UnionWith(await source.GetOriginsAsync(context.RequestAborted));
        }

        return origins.Count == 0 ? policy : policy.Replace("form-action 'self'", "form-action 'self' " + string.Join(' ', origins), StringComparison.Ordinal);
    }
}
