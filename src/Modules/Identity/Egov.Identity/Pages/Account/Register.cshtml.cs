using System.ComponentModel.DataAnnotations;
using Egov.Identity.Proofing;
using Egov.Platform.Packs;
using Egov.Platform.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Egov.Identity.Pages.Account;

/// <summary>
/// <c>/account/register</c>, step 1 of identity proofing: identifier and name. Whether they match a resident
/// or not, the person goes on to the code page with the same words; only a malformed identifier (a public
/// rule of the pack) is pointed out here.
/// </summary>
[EnableRateLimiting(WebConventionsExtensions.SignInRateLimitPolicy)]
internal sealed class RegisterModel(ProofingCodes codes, CountryPack pack, IStringLocalizer texts) : PageModel
{
    [BindProperty]
    public RegisterForm Form { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnPostAsync()
    {
        var format = pack.People is { } people ? pack.Identifiers.GetValueOrDefault(people.Identifier) : null;
        if (ModelState.IsValid && format?.Validate(Form.Identifier).IsValid != true)
        {
            ModelState.AddModelError($"{nameof(Form)}.{nameof(RegisterForm.Identifier)}", texts["identity.register.identifierInvalid"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var attempt = await codes.StartAsync(Form.Identifier!, Form.Name!, HttpContext.RequestAborted);
        ProofingCookie.Set(HttpContext, attempt);
        return RedirectToPage("/Account/RegisterCode", new { ReturnUrl });
    }
}

/// <summary>Who the person says they are.</summary>
internal sealed class RegisterForm
{
    [Display(Name = "identity.register.identifier", Description = "identity.register.identifierHint")]
    [Required(ErrorMessage = "validation.required")]
    [StringLength(32, ErrorMessage = "validation.maxLength")]
    public string? Identifier { get; set; }

    [Display(Name = "identity.register.name", Description = "identity.register.nameHint")]
    [Required(ErrorMessage = "validation.required")]
    [StringLength(100, ErrorMessage = "validation.maxLength")]
    public string? Name { get; set; }
}
