using Egov.Platform.Packs;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Routing;

namespace Egov.Platform.Localization;

/// <summary>
/// <c>POST /language</c>: the language switch. A plain form post (works without JavaScript) that stores the
/// choice in the culture cookie, so every later page is in that language, and returns to the page it came from.
/// </summary>
internal static class LanguageEndpoint
{
    public const string Path = "/language";

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Path, SwitchAsync)
            // Validated in the handler, so the endpoint is safe whatever the host's middleware order.
            .DisableAntiforgery()
            .ExcludeFromDescription();

    private static async Task<IResult> SwitchAsync(HttpContext context, IAntiforgery antiforgery, CountryPack pack, TimeProvider time)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Results.BadRequest();
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var language = pack.Languages.FirstOrDefault(l => string.Equals(l, form["culture"], StringComparison.OrdinalIgnoreCase));
        if (language is null)
        {
            return Results.BadRequest();
        }

        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)),
            new CookieOptions
            {
                Path = context.Request.PathBase.HasValue ? context.Request.PathBase.Value : "/",
                Expires = time.GetUtcNow().AddYears(1),
                // A preference, not tracking: it is strictly necessary to show the chosen language.
                IsEssential = true,
                HttpOnly = true,
                Secure = context.Request.IsHttps,
                SameSite = SameSiteMode.Lax,
            });

        string? returnUrl = form["returnUrl"];
        return Results.LocalRedirect(LocalUrl.IsLocal(returnUrl) ? returnUrl! : "~/");
    }
}
