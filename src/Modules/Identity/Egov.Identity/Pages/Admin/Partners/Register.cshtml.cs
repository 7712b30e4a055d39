using Egov.Identity.Partners;
using Egov.Platform.Packs;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Egov.Identity.Pages.Admin.Partners;

/// <summary>
/// <c>/admin/partners/new</c>: registers a partner. The secret is generated here and shown in the answer to
/// the post only — never in an address, never stored but as OpenIddict's hash.
/// </summary>
internal sealed class RegisterModel(PartnerClients partners, UserManager<Egov.Identity.Domain.Account> accounts, CountryPack pack, IStringLocalizer texts)
    : PartnerPage(accounts, pack, texts)
{
    public bool Registered { get; private set; }

    public async Task<IActionResult> OnPostAsync()
    {
        KeepPackLanguages();
        var result = await partners.RegisterAsync(Form, AdminId, HttpContext.RequestAborted);
        Show(result.Errors);
        Registered = result.Errors.Count == 0;
        Secret = result.Secret;
        return Page();
    }
}
