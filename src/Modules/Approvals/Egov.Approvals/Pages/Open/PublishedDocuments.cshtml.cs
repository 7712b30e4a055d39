using Egov.Approvals.Pages.Officials;
using Egov.Approvals.Records;
using Egov.Platform.Localization;
using Egov.Platform.Packs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Egov.Approvals.Pages.Open;

/// <summary>
/// <c>/open/approvals</c>, open to anyone: approved documents their drafters marked public, newest first, with who
/// drafted and who approved each (policy real-name, 정책실명제); filtered by agency.
/// </summary>
[AllowAnonymous]
internal sealed class PublishedDocumentsModel(PublicDocuments published, CountryPack pack, CultureFormat format) : PageModel
{
    public string? Agency { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public IReadOnlyList<PublicRow> Rows { get; private set; } = [];

    public IEnumerable<(string Code, string Name)> Agencies => pack.Agencies.Select(a => (a.Code, pack.AgencyName(a.Code)));

    public string AgencyName(string code) => pack.AgencyName(code);

    public string Date(DateOnly date) => format.Date(date);

    public async Task OnGetAsync(string? agency, int page = 1)
    {
        Agency = pack.Agencies.FirstOrDefault(a => a.Code == agency)?.Code;
        PageNumber = Math.Max(1, page);
        Rows = await published.ListAsync(Agency, PageNumber, HttpContext.RequestAborted);
    }
}
