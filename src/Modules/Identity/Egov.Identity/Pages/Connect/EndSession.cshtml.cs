using Egov.Identity.Oidc;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Egov.Identity.Pages.Connect;

/// <summary>
/// <c>/connect/endsession</c>, OpenID Connect RP-Initiated Logout 1.0, after OpenIddict validated the request (a
/// signed <c>id_token_hint</c> of ours, a <c>post_logout_redirect_uri</c> registered for the partner). A hint
/// naming the signed-in person signs them out and returns to the partner at once; without one, or with another
/// person's, the person is asked first — a link on any page must not be able to sign people out.
/// </summary>
// The partner's own POST arrives from its site without our antiforgery token: the confirmation checks it itself.
[IgnoreAntiforgeryToken]
internal sealed class EndSessionModel(
    IOpenIddictApplicationManager applications, UserManager<Egov.Identity.Domain.Account> accounts, PairwiseSubjects subjects, IAntiforgery antiforgery)
    : OidcDecisionPage
{
    public string? ClientName { get; private set; }

    protected override async Task<IActionResult> HandleAsync(string? decision)
    {
        var request = HttpContext.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");
        var account = User.Identity?.IsAuthenticated == true ? await accounts.GetUserAsync(User) : null;
        if (account is null)
        {
            // Nobody to sign out: back to the partner, which is all a stale or forged request can achieve.
            return SignOutAndReturn();
        }

        if (decision is not null)
        {
            if (!await antiforgery.IsRequestValidAsync(HttpContext))
            {
                return BadRequest();
            }

            return decision == "leave" ? await SignOutAsync() : LocalRedirect("~/");
        }

        var hint = (await HttpContext.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal;
        var clientId = hint?.GetAudiences().FirstOrDefault() ?? request.ClientId;
        var application = clientId is null ? null : await applications.FindByClientIdAsync(clientId, HttpContext.RequestAborted);
        if (hint is not null && application is not null)
        {
            var type = await PartnerSubjectTypes.OfAsync(applications, application, HttpContext.RequestAborted);
            if (hint.GetClaim(Claims.Subject) == subjects.For(clientId!, account.Id, type))
            {
                return await SignOutAsync();
            }
        }

        ClientName = application is null ? null : await applications.GetLocalizedDisplayNameAsync(application, HttpContext.RequestAborted);
        return Page();
    }

    private async Task<IActionResult> SignOutAsync()
    {
        await HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        return SignOutAndReturn();
    }

    // OpenIddict sends the browser to the validated post_logout_redirect_uri (with state), or else to the home page.
    private SignOutResult SignOutAndReturn() =>
        SignOut(new AuthenticationProperties { RedirectUri = "/" }, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
}
