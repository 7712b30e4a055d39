using Egov.Identity.Domain;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace Egov.Identity.StepUp;

/// <summary>
/// Raises a password-only session to AAL2, then returns to <c>returnUrl</c>: someone with an authenticator app
/// signs in again with both factors (the AAL1 session ends first, so nothing keeps running at the lower
/// level); someone without one sets it up, which proves the second factor. Used by the AAL2 policy for pages
/// and by <c>/connect/authorize</c> for partners that send <c>acr_values</c>.
/// </summary>
internal sealed class StepUpRedirect(LinkGenerator links)
{
    /// <summary>Where to send the person; <paramref name="returnUrl"/> must be local (the caller built it from its own request).</summary>
    public async Task<string> BeginAsync(HttpContext context, Account account, string returnUrl)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(account);
        if (account.TwoFactorEnabled)
        {
            await context.SignOutAsync(IdentityConstants.ApplicationScheme);
            return links.GetPathByPage(context, "/Account/SignIn", values: new { ReturnUrl = returnUrl })!;
        }

        return links.GetPathByPage(context, "/Account/Authenticator", values: new { ReturnUrl = returnUrl })!;
    }
}
