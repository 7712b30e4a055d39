using System.Security.Claims;
using Egov.Identity.Contracts;
using Microsoft.AspNetCore.Identity;

namespace Egov.Identity.Domain;

/// <summary>
/// How a session was authenticated: its methods (RFC 8176 <c>amr</c> values) and assurance level (<c>acr</c>).
/// Sign-ins that Identity performs mark themselves (<c>amr</c> = <c>pwd</c>, or <c>mfa</c> after the second
/// factor); sign-ins of our own (passkeys, brokered providers) put explicit claims through <see cref="ClaimsFor"/>.
/// Every page, policy and token reads the session through here, so the rules live in one place.
/// </summary>
internal static class SessionAssurance
{
    public const string MethodClaim = "egov_amr";
    public const string LevelClaim = "egov_acr";

    /// <summary>What Identity's own sign-ins add (<c>pwd</c>, or <c>mfa</c> after the second factor).</summary>
    private const string IdentityMethodClaim = "amr";

    /// <summary>The claims a sign-in of our own adds to the session cookie.</summary>
    public static Claim[] ClaimsFor(IEnumerable<string> methods, string level) =>
        [.. methods.Select(m => new Claim(MethodClaim, m)), new Claim(LevelClaim, level)];

    public static IReadOnlyList<string> MethodsOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var explicitMethods = user.FindAll(MethodClaim).Select(c => c.Value).ToArray();
        if (explicitMethods.Length > 0)
        {
            return explicitMethods;
        }

        return user.HasClaim(IdentityMethodClaim, "mfa") ? ["pwd", "otp"] : user.HasClaim(IdentityMethodClaim, "pwd") ? ["pwd"] : [];
    }

    public static string LevelOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirst(LevelClaim)?.Value
            ?? (user.HasClaim(IdentityMethodClaim, "mfa") ? AssuranceLevels.Aal2 : AssuranceLevels.Aal1);
    }

    public static bool IsAal2(ClaimsPrincipal user) => LevelOf(user) == AssuranceLevels.Aal2;

    /// <summary>
    /// Identity's security-stamp check rebuilds the cookie's principal from the database every half hour, and
    /// the database does not know how this session signed in: carry the methods and level over, or a second
    /// factor would silently fall back to AAL1 (and step-up would ask again) after 30 minutes.
    /// </summary>
    public static Task KeepOnRefresh(SecurityStampRefreshingPrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.CurrentPrincipal is { } current && context.NewPrincipal?.Identity is ClaimsIdentity rebuilt)
        {
            rebuilt.AddClaims(current.Claims.Where(c => c.Type is MethodClaim or LevelClaim or IdentityMethodClaim).Select(c => new Claim(c.Type, c.Value)));
        }

        return Task.CompletedTask;
    }
}
