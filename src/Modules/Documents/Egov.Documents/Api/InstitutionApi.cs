using Egov.Identity.Contracts;
using Egov.Platform.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OpenIddict.Validation.AspNetCore;

namespace Egov.Documents.Api;

/// <summary>
/// What the institutions' APIs (submissions, requests) share: bearer tokens of the platform's provider only (no
/// cookie reaches them, so no antiforgery either), the per-client rate limit, and the scope refusal.
/// </summary>
internal static class InstitutionApi
{
    public static RouteGroupBuilder Group(IEndpointRouteBuilder endpoints, string prefix) =>
        endpoints.MapGroup(prefix).WithTags("Documents: submissions")
            .RequireRateLimiting(WebConventionsExtensions.ApiRateLimitPolicy)
            .RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme })
            .DisableAntiforgery();

    /// <summary>403 with the OAuth <c>insufficient_scope</c> challenge (RFC 6750): the token cannot call these APIs.</summary>
    public static ProblemHttpResult InsufficientScope(HttpContext http) => BearerProblems.InsufficientScope(http, IdentityScopes.DocumentsReceive);
}
