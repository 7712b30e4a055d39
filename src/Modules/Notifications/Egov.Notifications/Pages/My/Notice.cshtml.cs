using System.Globalization;
using Egov.Identity.Contracts;
using Egov.Notifications.Domain;
using Egov.Notifications.Inbox;
using Egov.Platform.Localization;
using Egov.Platform.Packs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Egov.Notifications.Pages.My;

/// <summary>
/// <c>/my/notifications/{id}</c>: one notice, opened by its owner (which is the read receipt). Another person's notice
/// is not found, the same answer as one that does not exist.
/// </summary>
[Authorize]
internal sealed class NoticeModel(IActingContext acting, NoticeInbox inbox, CountryPack pack, CultureFormat format) : PageModel
{
    public InboxNotice Notice { get; private set; } = null!;

    public NoticeTextView Text { get; private set; } = null!;

    public IReadOnlyList<Delivery> Deliveries { get; private set; } = [];

    public string When(DateTime utc) => format.Local(utc);

    public string TopicName => pack.Notifications.Find(Notice.Topic)?.NameIn(CultureInfo.CurrentUICulture) ?? Notice.Topic;

    /// <summary>The sender's link when it stays on this site; anything else is not offered as a link.</summary>
    public string? LocalLink => Notice.Link is { } link && Url.IsLocalUrl(link) ? link : null;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (acting.Actor?.ResidentId is not { } resident || await inbox.OpenAsync(resident, id, HttpContext.RequestAborted) is not { } notice)
        {
            return NotFound();
        }

        Notice = notice;
        Text = NoticeTextView.Of(notice, pack);
        Deliveries = await inbox.DeliveriesOfAsync(id, HttpContext.RequestAborted);
        return Page();
    }
}
