using System.Security.Claims;
using Egov.Identity.Contracts;
using Egov.Identity.Domain;
using Egov.Identity.Oidc;
using Egov.Identity.StepUp;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Egov.Identity.Pages.Connect;

/// <summary>
/// <c>/connect/authorize</c>, after OpenIddict validated the client, redirect URI and PKCE: signs the person
/// in if needed, asks their consent naming each scope (once per partner and scope set), then issues the code.
/// </summary>
internal sealed class AuthorizeModel(
    IOpenIddictApplicationManager applications,
    IOpenIddictAuthorizationManager authorizations,
    UserManager<Egov.Identity.Domain.Account> accounts,
    PairwiseSubjects pairwise,
    StepUpRedirect stepUp) : OidcDecisionPage
{
    /// <summary>The account behind a pairwise subject: in access tokens only, which are encrypted for the platform.</summary>
    public const string AccountClaim = "egov_account";

    public string ClientName { get; private set; } = "";

    public IReadOnlyList<string> Scopes { get; private set; } = [];

    /// <summary>This authorization request as a local URL, to come back to after signing in or stepping up.</summary>
    private string ThisRequestUrl => Request.PathBase + Request.Path + QueryString.Create(Parameters.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value.ToString())));

    protected override async Task<IActionResult> HandleAsync(string? decision)
    {
        var request = HttpContext.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");
        var account = User.Identity?.IsAuthenticated == true ? await accounts.GetUserAsync(User) : null;
        if (account is null)
        {
            return Challenge(new AuthenticationProperties { RedirectUri = ThisRequestUrl }, IdentityConstants.ApplicationScheme);
        }

        // Step-up: a service that asks for AAL2 gets it before anything is issued.
        if (request.GetAcrValues().Contains(AssuranceLevels.Aal2) && !SessionAssurance.IsAal2(User))
        {
            return LocalRedirect(await stepUp.BeginAsync(HttpContext, account, ThisRequestUrl));
        }

        var application = await applications.FindByClientIdAsync(request.ClientId!)
            ?? throw new InvalidOperationException("OpenIddict validated a client it cannot find.");
        var applicationId = (await applications.GetIdAsync(application))!;
        var subject = account.Id.ToString();
        var scopes = request.GetScopes();
        var existing = await authorizations.FindAsync(subject, applicationId, Statuses.Valid, AuthorizationTypes.Permanent, scopes).ToListAsync();

        if (decision == "deny")
        {
            return Refuse(Error(Errors.AccessDenied, "The person declined to share this information."));
        }

        if (existing.Count == 0 && decision != "accept")
        {
            ClientName = await applications.GetLocalizedDisplayNameAsync(application) ?? request.ClientId!;
            Scopes = scopes;
            return Page();
        }

        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        var subjectType = await PartnerSubjectTypes.OfAsync(applications, application, HttpContext.RequestAborted);
        identity.SetClaim(Claims.Subject, pairwise.For(request.ClientId!, account.Id, subjectType))
            .SetClaim(AccountClaim, subject)
            .SetClaim(Claims.Name, account.DisplayName)
            .SetClaim(Claims.AuthenticationContextReference, SessionAssurance.LevelOf(User))
            .SetClaims(Claims.AuthenticationMethodReference, [.. SessionAssurance.MethodsOf(User)]);
        identity.SetScopes(scopes);
        var authorization = existing.FirstOrDefault()
            ?? await authorizations.CreateAsync(new ClaimsPrincipal(identity), subject, applicationId, AuthorizationTypes.Permanent, scopes);
        identity.SetAuthorizationId(await authorizations.GetIdAsync(authorization));
        identity.SetDestinations(claim => claim.Type switch
        {
            Claims.Name when identity.HasScope(OpenIddict.Abstractions.OpenIddictConstants.Scopes.Profile) => [Destinations.AccessToken, Destinations.IdentityToken],
            // In the access token too, so an API behind the AAL2 policy can tell the level (RFC 9470).
            Claims.AuthenticationContextReference or Claims.AuthenticationMethodReference => [Destinations.AccessToken, Destinations.IdentityToken],
            _ => [Destinations.AccessToken],
        });
        return SignIn(new ClaimsPrincipal(identity), OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static AuthenticationProperties Error(string error, string description) => new(new Dictionary<string, string?>
    {
        [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
        [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
    });

    private ForbidResult Refuse(AuthenticationProperties properties) => Forbid(properties, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
}
