using System.Globalization;
using Egov.Identity.Contracts;
using Egov.Notifications.Domain;
using Egov.Notifications.Inbox;
using Egov.Platform.Localization;
using Egov.Platform.Packs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Egov.Notifications.Pages.My;

/// <summary>
/// <c>/my/notifications</c>: the signed-in person's inbox, newest first, unread and legal notices marked. Whose inbox
/// comes from the session only, never from the address.
/// </summary>
[Authorize]
internal sealed class InboxModel(IActingContext acting, NoticeInbox inbox, CountryPack pack, CultureFormat format) : PageModel
{
    public IReadOnlyList<InboxNotice> Notices { get; private set; } = [];

    /// <summary>Set when the account has no resident record (an official, an unproofed account): nobody's notices to show.</summary>
    public bool NoResident { get; private set; }

    public string When(DateTime utc) => format.Local(utc);

    public string TopicName(string code) => pack.Notifications.Find(code)?.NameIn(CultureInfo.CurrentUICulture) ?? code;

    public NoticeTextView Text(InboxNotice notice) => NoticeTextView.Of(notice, pack);

    public async Task OnGetAsync()
    {
        if (acting.Actor?.ResidentId is not { } resident)
        {
            NoResident = true;
            return;
        }

        Notices = await inbox.ListAsync(resident, HttpContext.RequestAborted);
    }
}
