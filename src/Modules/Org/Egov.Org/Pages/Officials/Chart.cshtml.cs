using Egov.Identity.Contracts;
using Egov.Org.Data;
using Egov.Org.Directory;
using Egov.Org.Domain;
using Egov.Platform.Packs;

namespace Egov.Org.Pages.Officials;

/// <summary><c>/officials/org</c>: the signed-in official's agency as a tree: heads, members, who is away and who stands in.</summary>
internal sealed class ChartModel(OrgDbContext db, OrgCharts charts, IActingAudit audit, CountryPack pack, TimeProvider time) : OrgPage(db, audit, pack)
{
    public OrgChart Chart { get; private set; } = null!;

    public string AgencyName { get; private set; } = "";

    public async Task OnGetAsync()
    {
        Chart = await charts.AgencyAsync(Me.AgencyCode, Today(time), HttpContext.RequestAborted);
        AgencyName = Pack.Agencies.FirstOrDefault(a => a.Code == Me.AgencyCode) is { } agency ? LocalText(agency.Names, agency.Code) : Me.AgencyCode;
        await Audit.RecordAsync("org.chart.view", $"agency:{Me.AgencyCode}", HttpContext.RequestAborted);
    }
}
