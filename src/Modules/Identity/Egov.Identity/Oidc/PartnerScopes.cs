using Egov.Identity.Contracts;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Egov.Identity.Oidc;

/// <summary>The platform's scopes: the provider registers all of them; administrators grant partners from this list.</summary>
internal static class PartnerScopes
{
    /// <summary>What an administrator may grant; <c>openid</c> and <c>offline_access</c> follow from the grant types.</summary>
    public static readonly IReadOnlyList<string> Grantable = [Scopes.Profile, IdentityScopes.Documents, IdentityScopes.RegistriesExchange, IdentityScopes.RegistriesFeed, IdentityScopes.DocumentsReceive, IdentityScopes.ApprovalsSubmit];

    public static readonly IReadOnlyList<string> All = [Scopes.OpenId, Scopes.OfflineAccess, .. Grantable];
}
