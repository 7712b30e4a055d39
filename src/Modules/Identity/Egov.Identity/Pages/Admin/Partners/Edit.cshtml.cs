using Egov.Identity.Partners;
using Egov.Platform.Packs;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Egov.Identity.Pages.Admin.Partners;

/// <summary>
/// <c>/admin/partners/{clientId}</c>: change a partner's registration, make a new secret (shown once), disable or
/// enable it, delete it. An unknown client id is 404.
/// </summary>
internal sealed class EditModel(PartnerClients partners, UserManager<Egov.Identity.Domain.Account> accounts, CountryPack pack, IStringLocalizer texts)
    : PartnerPage(accounts, pack, texts)
{
    [BindProperty(SupportsGet = true)]
    public string ClientId { get; set; } = "";

    public bool Enabled { get; private set; }

    /// <summary>What was just done, said above the form.</summary>
    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        KeepPackLanguages();
        var submitted = Form;
        var result = await partners.UpdateAsync(ClientId, submitted, AdminId, HttpContext.RequestAborted);
        if (result is null || !await LoadAsync())
        {
            return NotFound();
        }

        if (result.Errors.Count > 0)
        {
            // The form as typed, with its mistakes; nothing was written.
            Form = submitted;
            Show(result.Errors);
            return Page();
        }

        Done = Texts["identity.partners.saved"];
        return Page();
    }

    public async Task<IActionResult> OnPostRotateAsync()
    {
        Secret = await partners.RotateSecretAsync(ClientId, AdminId, HttpContext.RequestAborted);
        if (Secret is null || !await LoadAsync())
        {
            return NotFound();
        }

        Done = Texts["identity.partners.rotated"];
        return Page();
    }

    public async Task<IActionResult> OnPostEnabledAsync(bool enabled)
    {
        if (!await partners.SetEnabledAsync(ClientId, enabled, AdminId, HttpContext.RequestAborted) || !await LoadAsync())
        {
            return NotFound();
        }

        Done = Texts[enabled ? "identity.partners.enabledDone" : "identity.partners.disabledDone"];
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync()
    {
        if (!await partners.DeleteAsync(ClientId, AdminId, HttpContext.RequestAborted))
        {
            return NotFound();
        }

        TempData["identity.partners.deleted"] = ClientId;
        return RedirectToPage("/Admin/Partners/Index");
    }

    private async Task<bool> LoadAsync()
    {
        if (await partners.FindAsync(ClientId, HttpContext.RequestAborted) is not { } found)
        {
            return false;
        }

        ModelState.Clear();
        (Form, Enabled) = found;
        return true;
    }
}
