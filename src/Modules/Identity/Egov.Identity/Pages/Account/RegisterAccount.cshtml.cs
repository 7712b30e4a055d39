using System.ComponentModel.DataAnnotations;
using Egov.Identity.Contracts;
using Egov.Identity.Domain;
using Egov.Identity.Brokers;
using Egov.Identity.Proofing;
using Egov.Platform.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Egov.Identity.Pages.Account;

/// <summary>
/// <c>/account/register/account</c>, step 3: the proofed person chooses an ID and a password (the sign-in
/// rules) and is signed in. A refused choice creates nothing; a proof is good for one account, 15 minutes.
/// </summary>
[EnableRateLimiting(WebConventionsExtensions.SignInRateLimitPolicy)]
internal sealed class RegisterAccountModel(
    ProofingCodes codes, CitizenAccounts citizens, PendingExternalLogin external, SignInManager<Egov.Identity.Domain.Account> signIn,
    SignInEvents events, IStringLocalizer texts) : PageModel
{
    [BindProperty]
    public RegisterAccountForm Form { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await ProofAsync() is null ? RedirectToPage("/Account/Register", new { ReturnUrl }) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await ProofAsync() is not { } proof)
        {
            return RedirectToPage("/Account/Register", new { ReturnUrl });
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var cancellationToken = HttpContext.RequestAborted;
        var (account, result) = await citizens.CreateAsync(
            proof.ResidentId!.Value, Form.UserName!, Form.Password!, "sms", _ => codes.SpendProofAsync(proof.Id, cancellationToken), cancellationToken);
        if (account is null)
        {
            // The password is never sent back into the page.
            Form.Password = null;
            ModelState.Remove($"{nameof(Form)}.{nameof(RegisterAccountForm.Password)}");
            foreach (var error in result.Errors)
            {
                var (field, key) = ErrorText(error.Code);
                ModelState.AddModelError($"{nameof(Form)}.{field}", texts[key]);
            }

            return Page();
        }

        ProofingCookie.Clear(HttpContext);
        await external.LinkAsync(account, cancellationToken);
        await signIn.SignInWithClaimsAsync(account, isPersistent: false, SessionAssurance.ClaimsFor(["pwd"], AssuranceLevels.Aal1));
        await events.SucceededAsync(account.Id, ["pwd"], AssuranceLevels.Aal1, cancellationToken);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "~/");
    }

    private async Task<ProofingAttempt?> ProofAsync() =>
        ProofingCookie.Get(HttpContext) is { } attempt ? await codes.ProvedAsync(attempt, HttpContext.RequestAborted) : null;

    private static (string Field, string Key) ErrorText(string code) => code switch
    {
        "DuplicateUserName" => (nameof(RegisterAccountForm.UserName), "identity.register.userNameTaken"),
        "InvalidUserName" => (nameof(RegisterAccountForm.UserName), "identity.register.userNameInvalid"),
        "CommonPassword" => (nameof(RegisterAccountForm.Password), "identity.password.common"),
        "PasswordTooShort" => (nameof(RegisterAccountForm.Password), "identity.register.passwordTooShort"),
        _ => (nameof(RegisterAccountForm.UserName), "identity.register.failed"),
    };
}

/// <summary>The new account's ID and password.</summary>
internal sealed class RegisterAccountForm
{
    [Display(Name = "identity.signIn.userName", Description = "identity.register.userNameHint")]
    [Required(ErrorMessage = "validation.required")]
    [StringLength(64, ErrorMessage = "validation.maxLength")]
    public string? UserName { get; set; }

    [Display(Name = "identity.signIn.password", Description = "identity.register.passwordHint")]
    [Required(ErrorMessage = "validation.required")]
    [StringLength(128, ErrorMessage = "validation.maxLength")]
    [DataType(DataType.Password)]
    public string? Password { get; set; }
}
