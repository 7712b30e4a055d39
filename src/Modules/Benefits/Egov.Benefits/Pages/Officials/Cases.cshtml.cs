using Egov.Benefits.Cases;
using Egov.Identity.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Egov.Benefits.Pages.Officials;

/// <summary>
/// <c>/officials/benefits/cases</c>: the cases routed to the official's agency — benefit applications, moving notices,
/// bereavement inquiries — waiting ones first. Only case officers, and only their own agency's cases: the agency comes
/// from the official's account, never from the request.
/// </summary>
[Authorize(Roles = OfficialRoles.CaseOfficer, Policy = AssuranceLevels.Aal2Policy)]
internal sealed class CasesModel(IActingContext acting, AgencyQueue queue) : PageModel
{
    public IReadOnlyList<QueuedCase> Cases { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (acting.Actor?.AgencyCode is not { } agency)
        {
            return Forbid();
        }

        Cases = await queue.ListAsync(agency, 100, HttpContext.RequestAborted);
        return Page();
    }
}
