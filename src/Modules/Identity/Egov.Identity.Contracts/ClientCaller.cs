using System.Security.Claims;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Egov.Identity.Contracts;

/// <summary>A client of the platform's provider as its access token names it.</summary>
/// <param name="ClientId">Its client id.</param>
/// <param name="Name">The name it is registered under (the token's <c>name</c>), what the person reads.</param>
public sealed record ClientCaller(string ClientId, string Name)
{
    /// <summary>The audit chain's actor for a client.</summary>
    public string Reference => $"client:{ClientId}";

    /// <summary>
    /// The calling client, from a client-credentials token with <paramref name="scope"/> (its subject is the client
    /// itself); a token a person's sign-in produced speaks for that person, not for an agency, and is refused.
    /// </summary>
    public static ClientCaller? From(ClaimsPrincipal user, string scope)
    {
        ArgumentNullException.ThrowIfNull(user);
        var clientId = user.GetClaim(Claims.ClientId) ?? user.GetClaim(Claims.Private.Presenter);
        if (clientId is null || user.GetClaim(Claims.Subject) != clientId || !user.HasScope(scope))
        {
            return null;
        }

        return new ClientCaller(clientId, user.GetClaim(Claims.Name) ?? clientId);
    }
}
