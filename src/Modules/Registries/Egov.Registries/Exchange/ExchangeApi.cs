using System.ComponentModel;
using System.Security.Claims;
using Egov.Platform.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OpenIddict.Validation.AspNetCore;

namespace Egov.Registries.Exchange;

/// <summary>
/// The once-only exchange API and the change feed: bearer tokens of the platform's provider only (no cookie
/// reaches them, so no antiforgery either), each API its own scope.
/// </summary>
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
        api.MapGet(
                "/life-events",
                (
                    [Description("The next cursor of the previous page; none to start from the first event.")] string? after,
                    [Description("Events per page, 1 to 1000; 100 when absent.")] int? limit,
                    [Description("The feed to follow; needed only when the client is granted several.")] string? feed,
                    ClaimsPrincipal user, HttpContext http, LifeEventFeed events) =>
                    events.HandleAsync(after, limit, feed, user, http, http.RequestAborted))
            .WithName("FollowLifeEvents")
            .WithSummary("The change feed: life events recorded after a cursor, in recording order, with only the fields the feed carries.")
            .WithDescription(
                "Client-credentials token with the scope registries.feed. The feed (the pack's exchange catalogue) must be granted to the "
                + "client; name it with feed= when the client follows several. after= is the next cursor of the previous page (none: from "
                + "the start); limit= 1 to 1000, default 100. Follow next until a page comes back empty, then poll with it: an event is "
                + "never skipped nor repeated. Every person an event identifies is logged for that person to see.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return api;
    }

    /// <summary>403 with the OAuth <c>insufficient_scope</c> challenge (RFC 6750): the token cannot call this API.</summary>
    public static ProblemHttpResult InsufficientScope(HttpContext http, string scope) => BearerProblems.InsufficientScope(http, scope);

    /// <summary>403 problem details, naming what was asked for (<paramref name="member"/>: <c>purpose</c>, <c>feed</c>) when known.</summary>
    public static ProblemHttpResult Refused(string title, string detail, string? member = null, string? value = null) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status403Forbidden, title: title, detail: detail,
            extensions: member is null ? null : new Dictionary<string, object?> { [member] = value });
}
