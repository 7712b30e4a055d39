using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Egov.Platform.Web;

/// <summary>Refusals every bearer-token API gives alike.</summary>
public static class BearerProblems
{
    /// <summary>403 with the OAuth <c>insufficient_scope</c> challenge (RFC 6750): the token cannot call this API.</summary>
    public static ProblemHttpResult InsufficientScope(HttpContext http, string scope)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.Headers.WWWAuthenticate = $"Bearer error=\"insufficient_scope\", scope=\"{scope}\"";
        return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Insufficient scope",
            detail: $"This API takes client-credentials access tokens with the scope {scope}.");
    }
}
