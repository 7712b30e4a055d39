using Egov.Identity.Brokers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Egov.Identity.Pages.Account;

/// <summary>Where a provider's sign-in lands once the handler has checked it: sign in, link, or ask the person to prove who they are.</summary>
internal sealed class ExternalCallbackModel(BrokeredSignIn brokered) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() => await brokered.CompleteAsync(HttpContext.RequestAborted) switch
    {
        BrokeredOutcome.SignedIn => LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "~/"),
        BrokeredOutcome.NeedsProofing => RedirectToPage("/Account/ExternalLink", new { ReturnUrl }),
        BrokeredOutcome.LockedOut => RedirectToPage("/Account/ExternalFailed", new { reason = "locked" }),
        _ => RedirectToPage("/Account/ExternalFailed", new { reason = "session" }),
    };
}
