using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using OpenIddict.Server.AspNetCore;

namespace Egov.Identity.Oidc;

/// <summary>
/// <c>/connect/endsession</c>, RP-initiated logout: a partner app signs the person out of the platform too,
/// then OpenIddict returns them to the app's registered post-logout address (or home without one).
/// </summary>
internal static class EndSessionEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapMethods("/connect/endsession", [HttpMethods.Get, HttpMethods.Post], (Delegate)SignOutAsync).ExcludeFromDescription().DisableAntiforgery();

    private static async Task<IResult> SignOutAsync(HttpContext context)
    {
        await context.SignOutAsync(IdentityConstants.ApplicationScheme);
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }
}
