using System.Security.Claims;
using Egov.Identity.Contracts;

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

        return user.HasClaim("amr", "mfa") ? ["pwd", "otp"] : user.HasClaim("amr", "pwd") ? ["pwd"] : [];
    }

    public static string LevelOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirst(LevelClaim)?.Value
            ?? (user.HasClaim("amr", "mfa") ? AssuranceLevels.Aal2 : AssuranceLevels.Aal1);
    }

    public static bool IsAal2(ClaimsPrincipal user) => LevelOf(user) == AssuranceLevels.Aal2;
}
