using Egov.Identity.Domain;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Egov.Identity.Oidc;

/// <summary>
/// <c>/connect/userinfo</c>: what the access token's scopes allow the partner to know about the person,
/// read fresh from the account (a renamed person is not shown under an old name).
/// </summary>
internal static class UserInfoEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapMethods("/connect/userinfo", [HttpMethods.Get, HttpMethods.Post], GetAsync).ExcludeFromDescription().DisableAntiforgery();

    private static async Task<IResult> GetAsync(HttpContext context, UserManager<Account> accounts)
    {
        var principal = (await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal;
        var account = principal?.GetClaim(Pages.Connect.AuthorizeModel.AccountClaim) is { } id ? await accounts.FindByIdAsync(id) : null;
        if (principal is null || account is null)
        {
            return Results.Challenge(
                new AuthenticationProperties(new Dictionary<string, string?>
                {
                    [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.InvalidToken,
                    [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "The access token no longer matches an account.",
                }),
                [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        var claims = new Dictionary<string, object> { [Claims.Subject] = principal.GetClaim(Claims.Subject)! };
        if (principal.HasScope(Scopes.Profile))
        {
            claims[Claims.Name] = account.DisplayName;
        }

        return Results.Ok(claims);
    }
}
