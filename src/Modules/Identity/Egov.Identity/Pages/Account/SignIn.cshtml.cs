using System.ComponentModel.DataAnnotations;
using Egov.Identity.Brokers;
using Egov.Identity.Contracts;
using Egov.Identity.Domain;
using Egov.Identity.Passkeys;
using Egov.Platform.Packs;
using Microsoft.AspNetCore.Identity;
using Egov.Platform.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Egov.Identity.Pages.Account;

/// <summary>
/// <c>/account/sign-in</c> with an ID and a password (AAL1), or with a passkey (AAL2, <see cref="PasskeySignIn"/>).
/// Whatever is wrong — unknown ID, wrong password, a passkey we do not know — the answer is the same sentence,
/// so the page never tells whether an ID exists; repeated password failures lock the account for a while.
/// </summary>
[EnableRateLimiting(WebConventionsExtensions.SignInRateLimitPolicy)]
internal sealed class SignInModel(
    SignInManager<Egov.Identity.Domain.Account> signIn, UnknownAccountDecoy decoy, SignInEvents events, PendingExternalLogin external,
    PasskeySignIn passkeys, CountryPack pack, IStringLocalizer texts) : PageModel
{
    /// <summary>The pack's brokered providers, as buttons: id and name in the page's language.</summary>
    public IReadOnlyList<(string Id, string Name)> Providers => [.. pack.BrokeredProviders.Select(p => (p.Id, BrokerMethods.NameOf(p, pack)))];

    [BindProperty]
    public SignInForm Form { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var account = await signIn.UserManager.FindByNameAsync(Form.UserName!);
        if (account is null)
        {
            decoy.VerifyAgainstDecoy(Form.Password!);
        }

        var result = account is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(account, Form.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor)
        {
            // The password was right; the session starts only after the second factor.
            return RedirectToPage("/Account/SignInCode", new { ReturnUrl });
        }

        if (result.Succeeded)
        {
            await external.LinkAsync(account!, HttpContext.RequestAborted);
            await events.SucceededAsync(account!.Id, ["pwd"], AssuranceLevels.Aal1, HttpContext.RequestAborted);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "~/");
        }

        await events.FailedAsync(account?.Id, result.IsLockedOut, HttpContext.RequestAborted);

        // The error points at the ID field and the password is never sent back into the page.
        var password = $"{nameof(Form)}.{nameof(SignInForm.Password)}";
        ModelState.Remove(password);
        Form.Password = null;
        ModelState.AddModelError($"{nameof(Form)}.{nameof(SignInForm.UserName)}",
            texts[result.IsLockedOut ? "identity.signIn.lockedOut" : "identity.signIn.failed"]);
        return Page();
    }

    /// <summary>The options for <c>navigator.credentials.get</c>, fetched by passkeys.js (JSON, antiforgery-checked).</summary>
    public async Task<IActionResult> OnPostPasskeyOptionsAsync() => Content(await passkeys.RequestOptionsAsync(), "application/json");

    /// <summary>The browser's signed answer, posted by passkeys.js in the passkey form.</summary>
    public async Task<IActionResult> OnPostPasskeyAsync(string? credential)
    {
        // The ID and password fields are not part of this form.
        ModelState.Clear();
        var (outcome, account) = credential is { Length: > 0 and <= 16_000 }
            ? await passkeys.SignInAsync(credential, HttpContext.RequestAborted)
            : (PasskeySignInOutcome.Failed, null);
        if (outcome == PasskeySignInOutcome.SignedIn)
        {
            await external.LinkAsync(account!, HttpContext.RequestAborted);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "~/");
        }

        ModelState.AddModelError(PasskeyButtonId,
            texts[outcome == PasskeySignInOutcome.LockedOut ? "identity.signIn.lockedOut" : "identity.passkeys.signIn.failed"]);
        return Page();
    }

    /// <summary>The passkey button's id: the error summary links there.</summary>
    public const string PasskeyButtonId = "Passkey";
}

/// <summary>The sign-in form.</summary>
internal sealed class SignInForm
{
    [Display(Name = "identity.signIn.userName")]
    [Required(ErrorMessage = "validation.required")]
    [StringLength(64, ErrorMessage = "validation.maxLength")]
    public string? UserName { get; set; }

    [Display(Name = "identity.signIn.password")]
    [Required(ErrorMessage = "validation.required")]
    [StringLength(128, ErrorMessage = "validation.maxLength")]
    [DataType(DataType.Password)]
    public string? Password { get; set; }
}
