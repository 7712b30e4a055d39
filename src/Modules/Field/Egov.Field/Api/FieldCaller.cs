using Egov.Identity.Contracts;
using Egov.Org.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Egov.Field.Api;

/// <summary>
/// The official calling the field API: an inspector or an inspection manager of an agency, signed in at AAL2 (the
/// officials' pages ask the same). The agency comes from the Org directory, never from the request.
/// </summary>
internal sealed record FieldCaller(string EmployeeNumber, string AgencyCode, bool IsInspector, bool IsManager)
{
    /// <summary>The audit chain's actor.</summary>
    public string Actor => $"official:{EmployeeNumber}";
}

/// <summary>Tells who calls, or the RFC 9457 refusal: 401 when nobody is signed in, 403 for anyone else not allowed.</summary>
internal sealed class FieldCallers(IAuthorizationService authorization, IOrgDirectory org, IOfficialRoles roles)
{
    /// <summary>
    /// Any serving official by employee number, with the field roles their account holds — for deciding about someone
    /// not signed in (whom a comment mentions); null for an unknown or departed official, or one with neither role.
    /// </summary>
    public async Task<FieldCaller?> OfficialAsync(string employeeNumber, CancellationToken cancellationToken)
    {
        if (await org.FindOfficialAsync(employeeNumber, cancellationToken) is not { Status: not OfficialStatus.Departed } official)
        {
            return null;
        }

        var inspector = await roles.HoldsAsync(official.EmployeeNumber, OfficialRoles.Inspector, cancellationToken);
        var manager = await roles.HoldsAsync(official.EmployeeNumber, OfficialRoles.InspectionManager, cancellationToken);
        return inspector || manager ? new FieldCaller(official.EmployeeNumber, official.AgencyCode, inspector, manager) : null;
    }

    public async Task<(FieldCaller? Caller, ProblemHttpResult? Refusal)> IdentifyAsync(HttpContext http)
    {
        var user = http.User;
        if (user.Identity is not { IsAuthenticated: true, Name: { } number })
        {
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign in",
                detail: "The field API serves officials signed in to the platform."));
        }

        var inspector = user.IsInRole(OfficialRoles.Inspector);
        var manager = user.IsInRole(OfficialRoles.InspectionManager);
        if (!inspector && !manager)
        {
            return (null, Forbidden("Only inspectors and inspection managers use the field API."));
        }

        if (!(await authorization.AuthorizeAsync(user, AssuranceLevels.Aal2Policy)).Succeeded)
        {
            return (null, Forbidden("Sign in with a second factor (AAL2) first."));
        }

        var official = await org.FindOfficialAsync(number, http.RequestAborted);
        if (official is null || official.Status == OfficialStatus.Departed)
        {
            return (null, Forbidden("You are not a serving official of an agency."));
        }

        return (new FieldCaller(official.EmployeeNumber, official.AgencyCode, inspector, manager), null);
    }

    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: detail);

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);
}
