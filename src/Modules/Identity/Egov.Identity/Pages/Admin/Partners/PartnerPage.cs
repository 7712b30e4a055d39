using Egov.Identity.Contracts;
using Egov.Identity.Partners;
using Egov.Platform.Packs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Egov.Identity.Pages.Admin.Partners;

/// <summary>
/// What the partner pages share: the role and AAL2 (a password-only session is stepped up, anyone without the
/// role gets 403), the bound form, the acting administrator, and the rules' mistakes put on the form's fields.
/// </summary>
[Authorize(Roles = PartnerAdministration.Role, Policy = AssuranceLevels.Aal2Policy)]
internal abstract class PartnerPage(UserManager<Egov.Identity.Domain.Account> accounts, CountryPack pack, IStringLocalizer texts) : PageModel
{
    [BindProperty]
    public PartnerForm Form { get; set; } = new();

    /// <summary>The pack's languages after the first, each of which may have its own name for the partner.</summary>
    public IReadOnlyList<string> OtherLanguages => [.. pack.Languages.Skip(1)];

    /// <summary>The secret just generated, shown in this response only.</summary>
    public string? Secret { get; protected set; }

    protected IStringLocalizer Texts => texts;

    protected Guid AdminId => Guid.Parse(accounts.GetUserId(User)!);

    protected void Show(IReadOnlyList<PartnerError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var error in errors)
        {
            ModelState.AddModelError($"{nameof(Form)}.{error.Field}", texts[error.TextKey, [.. error.Arguments]]);
        }
    }

    /// <summary>Names in languages the pack does not have are dropped, not stored.</summary>
    protected void KeepPackLanguages()
    {
        foreach (var language in Form.DisplayNames.Keys.Except(OtherLanguages, StringComparer.Ordinal).ToList())
        {
            Form.DisplayNames.Remove(language);
        }
    }
}
