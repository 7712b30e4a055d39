using Egov.Identity.Brokers;
using Egov.Platform.Packs;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Egov.Identity.Pages.Account;

/// <summary>
/// <c>/account/sign-in/external/link</c>: the provider vouched for someone the platform cannot yet name. The
/// person signs in to their account or registers (proofing); either way the provider is linked then.
/// </summary>
internal sealed class ExternalLinkModel(SignInManager<Egov.Identity.Domain.Account> signIn, CountryPack pack) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string ProviderName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        if (await signIn.GetExternalLoginInfoAsync() is not { } login
            || pack.BrokeredProviders.FirstOrDefault(p => BrokerMethods.Scheme(p.Id) == login.LoginProvider) is not { } provider)
        {
            return RedirectToPage("/Account/SignIn", new { ReturnUrl });
        }

        ProviderName = BrokerMethods.NameOf(provider, pack);
        return Page();
    }
}
