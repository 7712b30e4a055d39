using Egov.Identity.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Egov.Registries.Pages.Officials;

/// <summary>
/// Base of the officials' register pages: officials only, at AAL2 (they read other people's data), and every
/// read names the official as <c>account:&lt;id&gt;</c>. Recording a change also needs the registrar role.
/// </summary>
[Authorize(Roles = OfficialRoles.Official, Policy = AssuranceLevels.Aal2Policy)]
internal abstract class OfficialPage(IActingContext acting) : PageModel
{
    protected string ActorReference => $"account:{acting.Actor?.AccountId}";

    public bool IsRegistrar => User.IsInRole(OfficialRoles.Registrar);
}
