using System.ComponentModel.DataAnnotations;
using Egov.Identity.Brokers;
using Egov.Identity.Contracts;
using Egov.Identity.Domain;
using Microsoft.AspNetCore.Identity;
using Egov.Platform.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Egov.Identity.Pages.Account;

/// <summary>
/// <c>/account/sign-in/code</c>: the second step for accounts with an authenticator app (AAL2). A wrong,
/// expired or already used code gets the same answer; a recovery code works once instead of a code.
/// </summary>
[EnableRateLimiting(WebConventionsExtensions.SignInRateLimitPolicy)]
internal sealed class SignInCodeModel(SignInManager<Egov.Identity.Domain.Account> signIn, SignInEvents events, PendingExternalLogin external, IStringLocalizer texts) : PageModel
{
    [BindProperty]
    public SignInCodeForm Form { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/SignIn", new { ReturnUrl }) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var account = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (account is null)
        {
            return RedirectToPage("/Account/SignIn", new { ReturnUrl });
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var code = Form.Code!.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var result = code.Length == Totp.Digits
            ? await signIn.TwoFactorSignInAsync(TotpTokenProvider.Name, code, isPersistent: false, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(code);
        if (result.Succeeded)
        {
            await external.LinkAsync(account, HttpContext.RequestAborted);
            await events.SucceededAsync(account.Id, ["pwd", "otp"], AssuranceLevels.Aal2, HttpContext.RequestAborted);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "~/");
        }

        await events.FailedAsync(account.Id, result.IsLockedOut, HttpContext.RequestAborted);
        ModelState.AddModelError($"{nameof(Form)}.{nameof(SignInCodeForm.Code)}",
            texts[result.IsLockedOut ? "identity.signIn.lockedOut" : "identity.code.failed"]);
        return Page();
    }
}

/// <summary>The second-step form.</summary>
internal sealed class SignInCodeForm
{
    [Display(Name = "identity.code.label", Description = "identity.code.hint")]
    [Required(ErrorMessage = "validation.required")]
    [StringLength(20, ErrorMessage = "validation.maxLength")]
    public string? Code { get; set; }
}
