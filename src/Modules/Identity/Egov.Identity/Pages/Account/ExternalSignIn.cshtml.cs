using Egov.Identity.Brokers;
using Egov.Platform.Packs;
using Egov.Platform.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Egov.Identity.Pages.Account;

/// <summary>
/// A provider button of the sign-in page posts here: the person is sent to the provider (code flow with PKCE).
/// A provider that cannot be reached ends on the failure page, not an error page.
/// </summary>
[EnableRateLimiting(WebConventionsExtensions.SignInRateLimitPolicy)]
internal sealed class ExternalSignInModel(SignInManager<Egov.Identity.Domain.Account> signIn, CountryPack pack) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Account/SignIn");

    public async Task<IActionResult> OnPostAsync(string? provider, string? returnUrl)
    {
        if (pack.BrokeredProviders.FirstOrDefault(p => p.Id == provider) is not { } chosen)
        {
            return NotFound();
        }

        var callback = Url.Page("/Account/ExternalCallback", new { ReturnUrl = Url.IsLocalUrl(returnUrl) ? returnUrl : null });
        var properties = signIn.ConfigureExternalAuthenticationProperties(BrokerMethods.Scheme(chosen.Id), callback);
        try
        {
            await HttpContext.ChallengeAsync(BrokerMethods.Scheme(chosen.Id), properties);
            return new EmptyResult();
        }
        catch (InvalidOperationException)
        {
            // The provider's discovery document could not be read: it is down or misconfigured.
            return RedirectToPage("/Account/ExternalFailed", new { provider = chosen.Id, reason = "unavailable" });
        }
    }
}
