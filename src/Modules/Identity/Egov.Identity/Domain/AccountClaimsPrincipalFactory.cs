using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Egov.Identity.Domain;

/// <summary>
/// Puts what every page needs about the signed-in person into the session: the name to show, the account kind,
/// and the resident record (whom they may act for is decided from it on every request).
/// </summary>
internal sealed class AccountClaimsPrincipalFactory(
    UserManager<Account> accounts, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<Account, IdentityRole<Guid>>(accounts, roles, options)
{
    public const string DisplayName = "display_name";
    public const string Kind = "account_kind";
    public const string Resident = "resident_id";

    /// <summary>An official's agency: a claim stored with the account (AspNetUserClaims), which the base factory adds.</summary>
    public const string Agency = "agency";

    public static Guid? ResidentOf(ClaimsPrincipal user) =>
        Guid.TryParse(user?.FindFirstValue(Resident), out var id) ? id : null;

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Account user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayName, user.DisplayName));
        identity.AddClaim(new Claim(Kind, user.Kind.ToString()));
        if (user.ResidentId is { } resident)
        {
            identity.AddClaim(new Claim(Resident, resident.ToString()));
        }
        return identity;
    }
}
