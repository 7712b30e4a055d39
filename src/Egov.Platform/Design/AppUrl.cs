using Microsoft.AspNetCore.Http;

namespace Egov.Platform.Design;

/// <summary>Resolves <c>~/</c> links against the base path, so pages work behind a reverse-proxy prefix.</summary>
internal static class AppUrl
{
    public static string Resolve(HttpContext context, string url) =>
        url.StartsWith("~/", StringComparison.Ordinal) ? $"{context.Request.PathBase}{url[1..]}" : url;
}
