using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Egov.Identity.Pages.Account;

/// <summary><c>POST /account/sign-out</c>: ends the platform session (a form post, so no link can sign anyone out).</summary>
internal sealed class SignOutModel(SignInManager<Egov.Identity.Domain.Account> signIn) : PageModel
{
    public IActionResult OnGet() => LocalRedirect("~/");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("~/");
    }
}
