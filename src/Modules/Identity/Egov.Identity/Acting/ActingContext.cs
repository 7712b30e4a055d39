using System.Security.Claims;
using Egov.Identity.Contracts;
using Egov.Identity.Domain;
using Microsoft.AspNetCore.Http;

namespace Egov.Identity.Acting;

/// <summary><see cref="IActingContext"/> for the current request, from the session and the delegation <see cref="ActingCheck"/> confirmed.</summary>
internal sealed class ActingContext(IHttpContextAccessor accessor) : IActingContext
{
    private HttpContext? Http => accessor.HttpContext;

    public Actor? Actor => Http?.User is { Identity.IsAuthenticated: true } user
        && Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var account)
        ? new Actor(account, AccountClaimsPrincipalFactory.ResidentOf(user), user.FindFirstValue(AccountClaimsPrincipalFactory.DisplayName) ?? "")
        {
            IsOfficial = user.FindFirstValue(AccountClaimsPrincipalFactory.Kind) == nameof(AccountKind.Official),
            AgencyCode = user.FindFirstValue(AccountClaimsPrincipalFactory.Agency),
        }
        : null;

    public Delegation? Delegation => Http is { } http && Actor is not null ? ActingCheck.Current(http) : null;

    public Party? Subject => Delegation?.Subject
        ?? (Actor is { ResidentId: { } resident } actor ? new Party(PartyKind.Resident, resident, actor.Name) : null);

    public DelegationKind? Kind => Delegation?.Kind;

    public bool IsActingOnBehalf => Delegation is not null;

    public bool Allows(string serviceCode) => Actor is not null && (Delegation?.Allows(serviceCode) ?? true);
}
