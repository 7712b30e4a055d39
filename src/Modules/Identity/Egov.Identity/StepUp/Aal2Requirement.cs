using Egov.Identity.Contracts;
using Egov.Identity.Domain;
using Microsoft.AspNetCore.Authorization;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Egov.Identity.StepUp;

/// <summary>The session or token must be at <see cref="AssuranceLevels.Aal2"/> (<see cref="AssuranceLevels.Aal2Policy"/>).</summary>
internal sealed class Aal2Requirement : IAuthorizationRequirement;

/// <summary>
/// Meets <see cref="Aal2Requirement"/> for a platform session at AAL2 (<see cref="SessionAssurance"/> decides, so a
/// passkey or a provider trusted at AAL2 counts as the second factor does) or for an access token whose
/// <c>acr</c> says AAL2 (tokens carry the level of the session that was shown consent).
/// </summary>
internal sealed class Aal2Handler : AuthorizationHandler<Aal2Requirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, Aal2Requirement requirement)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true
            && (SessionAssurance.IsAal2(user) || user.GetClaim(Claims.AuthenticationContextReference) == AssuranceLevels.Aal2))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
