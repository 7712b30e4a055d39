using System.Security.Claims;
using Egov.Platform.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpenIddict.Validation.AspNetCore;

namespace Egov.Registries.Exchange;

/// <summary>The once-only exchange API: bearer tokens of the platform's provider only (no cookie reaches it).</summary>
internal static class ExchangeApi
{
    public static RouteGroupBuilder Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1/registries")
            .WithTags("Registries: once-only exchange")
            .RequireRateLimiting(WebConventionsExtensions.ApiRateLimitPolicy)
            .RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme })
            .DisableAntiforgery();
        api.MapPost(
                "/residents/query",
                (ResidentQueryRequest request, ClaimsPrincipal user, HttpContext http, ResidentQuery query) =>
                    query.HandleAsync(request, user, http, http.RequestAborted))
            .WithName("QueryResident")
            .WithSummary("One resident's data for one purpose: only the fields the purpose receives.")
            .WithDescription(
                "Client-credentials token with the scope registries.exchange. The purpose must be in the country's exchange catalogue "
                + "and granted to the client; a purpose that needs consent needs the person's consent in force. Every request about an "
                + "identifiable person, granted or refused, is logged for the person to see.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return api;
    }
}
