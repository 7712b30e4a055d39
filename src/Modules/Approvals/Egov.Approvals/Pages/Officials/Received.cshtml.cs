using Egov.Approvals.Domain;
using Egov.Approvals.Receiving;
using Egov.Identity.Contracts;
using Egov.Org.Contracts;
using Egov.Platform.Localization;
using Egov.Platform.Packs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Egov.Approvals.Pages.Officials;

/// <summary>
/// <c>/officials/approvals/received</c>: documents other agencies dispatched to the official's agency, one tab per
/// state (arrived, handed to a department, registered). The records officer sees all of them; any other official the
/// ones handed to their department. It refreshes itself when the hub says a list changed.
/// </summary>
[Authorize(Roles = OfficialRoles.Official, Policy = AssuranceLevels.Aal2Policy)]
internal sealed class ReceivedModel(ReceivedDocuments received, IOrgDirectory org, CountryPack pack, CultureFormat format) : PageModel
{
    public Receiver? Me { get; private set; }

    public DispatchStatus Tab { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public IReadOnlyDictionary<DispatchStatus, int> Counts { get; private set; } = new Dictionary<DispatchStatus, int>();

    public IReadOnlyList<ReceivedRow> Rows { get; private set; } = [];

    public string AgencyName(string code) => pack.AgencyName(code);

    public string When(DateTime utc) => format.DateTime(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));

    public async Task OnGetAsync(DispatchStatus? tab, int page = 1)
    {
        Me = await Receiver.OfAsync(User, org, HttpContext.RequestAborted);
        if (Me is null)
        {
            return;
        }

        // The records officer starts where the work is (arrived); a department where its work is (handed to it).
        Tab = tab is { } chosen && Enum.IsDefined(chosen) ? chosen : Me.IsRecordsOfficer ? DispatchStatus.Received : DispatchStatus.Assigned;
        PageNumber = Math.Max(1, page);
        Counts = await received.CountsAsync(Me, HttpContext.RequestAborted);
        Rows = await received.ListAsync(Me, Tab, PageNumber, HttpContext.RequestAborted);
    }
}
