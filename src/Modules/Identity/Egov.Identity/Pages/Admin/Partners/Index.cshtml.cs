using Egov.Identity.Contracts;
using Egov.Identity.Partners;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Egov.Identity.Pages.Admin.Partners;

/// <summary><c>/admin/partners</c>: every partner client of the platform's OpenID Connect provider.</summary>
[Authorize(Roles = PartnerAdministration.Role, Policy = AssuranceLevels.Aal2Policy)]
internal sealed class IndexModel(PartnerClients partners) : PageModel
{
    public IReadOnlyList<PartnerSummary> Partners { get; private set; } = [];

    public async Task OnGetAsync() => Partners = await partners.ListAsync(HttpContext.RequestAborted);
}
