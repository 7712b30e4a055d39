using Egov.Field.Dashboard;
using Egov.Identity.Contracts;
using Egov.Org.Contracts;
using Egov.Platform.Packs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Egov.Field.Pages.Officials;

/// <summary>
/// <c>/officials/field</c>: the agency's inspection plans, completion per region, open findings and overdue orders.
/// Inspection managers only, and only their own agency's: the agency comes from the Org directory, never the request.
/// </summary>
[Authorize(Roles = OfficialRoles.InspectionManager, Policy = AssuranceLevels.Aal2Policy)]
internal sealed class DashboardModel(IOrgDirectory org, FieldDashboard dashboard, CountryPack pack, TimeProvider time) : PageModel
{
    public DashboardView View { get; private set; } = new([], [], 0, [], []);

    public async Task<IActionResult> OnGetAsync()
    {
        if (await org.FindOfficialAsync(User.Identity?.Name ?? "", HttpContext.RequestAborted) is not { Status: not OfficialStatus.Departed } official)
        {
            return Forbid();
        }

        View = await dashboard.ForAsync(official.AgencyCode, pack.Today(time), HttpContext.RequestAborted);
        return Page();
    }

    /// <summary>A region's name in the page's language.</summary>
    public string RegionName(string code) => pack.Regions.Find(code) is { } region ? Named(region.Names, code) : code;

    /// <summary>A template's name in the page's language.</summary>
    public string TemplateName(string code) => pack.Field.Find(code) is { } template ? Named(template.Names, code) : code;

    /// <summary>An item's name in the page's language (from the current template; an old version's item keeps its code).</summary>
    public string ItemName(string template, string item) =>
        pack.Field.Find(template)?.Items.FirstOrDefault(i => i.Code == item) is { } found ? Named(found.Names, item) : item;

    private static string Named(IReadOnlyDictionary<string, string> names, string fallback) =>
        names.TryGetValue(System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, out var name) ? name : fallback;
}
