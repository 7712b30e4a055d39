using Egov.Approvals.Inbox;
using Egov.Identity.Contracts;
using Egov.Org.Contracts;
using Egov.Platform.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Egov.Approvals.Pages.Officials;

/// <summary>
/// <c>/officials/approvals</c>: the official's approval inbox, one tab per state (to approve, in progress, returned,
/// done, carbon copies) with counts, and the notices of what deputies did while they were away. It refreshes itself
/// when the hub says a list changed.
/// </summary>
[Authorize(Roles = OfficialRoles.Official, Policy = AssuranceLevels.Aal2Policy)]
internal sealed class InboxModel(InboxQueries inbox, IOrgDirectory org, CultureFormat format) : PageModel
{
    public InboxTab Tab { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public OfficialCard? Official { get; private set; }

    public IReadOnlyDictionary<InboxTab, int> Counts { get; private set; } = new Dictionary<InboxTab, int>();

    public IReadOnlyList<InboxRow> Rows { get; private set; } = [];

    public IReadOnlyList<Domain.OfficialNotice> Notices { get; private set; } = [];

    public string When(DateTime utc) => format.DateTime(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));

    public async Task OnGetAsync(InboxTab tab = InboxTab.ToApprove, int page = 1)
    {
        Tab = Enum.IsDefined(tab) ? tab : InboxTab.ToApprove;
        PageNumber = Math.Max(1, page);
        var number = User.Identity?.Name ?? "";
        Official = await org.FindOfficialAsync(number, HttpContext.RequestAborted);
        if (Official is null)
        {
            return;
        }

        Counts = await inbox.CountsAsync(number, HttpContext.RequestAborted);
        Rows = await inbox.ListAsync(Tab, number, PageNumber, HttpContext.RequestAborted);
        Notices = await inbox.NoticesAsync(number, HttpContext.RequestAborted);
    }
}
