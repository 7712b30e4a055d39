using System.ComponentModel.DataAnnotations;
using Egov.Identity.Proofing;
using Egov.Platform.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Egov.Identity.Pages.Account;

/// <summary>
/// <c>/account/register/code</c>, step 2: the one-time code. A code works once, for 5 minutes, within 5 tries;
/// after that the person starts again. Only a right code reveals anything about the account: a resident who
/// already has one is sent to sign in instead.
/// </summary>
[EnableRateLimiting(WebConventionsExtensions.SignInRateLimitPolicy)]
internal sealed class RegisterCodeModel(ProofingCodes codes, CitizenAccounts citizens, IStringLocalizer texts) : PageModel
{
    [BindProperty]
    public RegisterCodeForm Form { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? MaskedPhone { get; private set; }

    /// <summary>Set when the form is over: the attempt is spent, or the person has an account already.</summary>
    public RegisterCodeOutcome? Outcome { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (ProofingCookie.Get(HttpContext) is not { } attempt || await codes.MaskedPhoneAsync(attempt, HttpContext.RequestAborted) is not { } masked)
        {
            return RedirectToPage("/Account/Register", new { ReturnUrl });
        }

        MaskedPhone = masked;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (ProofingCookie.Get(HttpContext) is not { } attempt)
        {
            return RedirectToPage("/Account/Register", new { ReturnUrl });
        }

        MaskedPhone = await codes.MaskedPhoneAsync(attempt, HttpContext.RequestAborted);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        switch (await codes.CheckAsync(attempt, Form.Code!, HttpContext.RequestAborted))
        {
            case CodeCheck.Wrong:
                ModelState.AddModelError($"{nameof(Form)}.{nameof(RegisterCodeForm.Code)}", texts["identity.register.codeWrong"]);
                return Page();
            case CodeCheck.Expired:
                Outcome = RegisterCodeOutcome.Expired;
                return Page();
            case CodeCheck.AlreadyUsed:
                Outcome = RegisterCodeOutcome.Used;
                return Page();
            case CodeCheck.TooManyTries:
                Outcome = RegisterCodeOutcome.TooMany;
                return Page();
            case CodeCheck.NoAttempt:
                return RedirectToPage("/Account/Register", new { ReturnUrl });
        }

        var proof = await codes.ProvedAsync(attempt, HttpContext.RequestAborted);
        if (proof is not null && await citizens.OfResidentAsync(proof.ResidentId!.Value, HttpContext.RequestAborted) is not null)
        {
            ProofingCookie.Clear(HttpContext);
            Outcome = RegisterCodeOutcome.HasAccount;
            return Page();
        }

        return RedirectToPage("/Account/RegisterAccount", new { ReturnUrl });
    }
}

/// <summary>Why the code form is over.</summary>
internal enum RegisterCodeOutcome
{
    Expired,
    Used,
    TooMany,
    HasAccount,
}

/// <summary>The code form.</summary>
internal sealed class RegisterCodeForm
{
    [Display(Name = "identity.register.code", Description = "identity.register.codeHint")]
    [Required(ErrorMessage = "validation.required")]
    [StringLength(20, ErrorMessage = "validation.maxLength")]
    public string? Code { get; set; }
}
