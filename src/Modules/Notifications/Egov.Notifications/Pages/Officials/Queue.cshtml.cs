using System.Globalization;
using Egov.Identity.Contracts;
using Egov.Notifications.Domain;
using Egov.Notifications.Queue;
using Egov.Platform.Localization;
using Egov.Platform.Packs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Egov.Notifications.Pages.Officials;

/// <summary>
/// <c>/officials/notifications</c>: the delivery queue for the officials who run the service: what is pending, held by
/// quiet hours, or failed and why, with a retry for failed ones. Operators at AAL2 only; a retry is audited.
/// </summary>
[Authorize(Roles = OperatorRole, Policy = AssuranceLevels.Aal2Policy)]
internal sealed class QueueModel(DeliveryQueue queue, IActingAudit audit, CountryPack pack, CultureFormat format) : PageModel
{
    /// <summary>The role that runs the notification service (granted to official accounts).</summary>
    public const string OperatorRole = "notifications-operator";

    /// <summary>The statuses an operator looks at, in the order of the tabs.</summary>
    public static readonly DeliveryStatus[] Shown = [DeliveryStatus.Pending, DeliveryStatus.Deferred, DeliveryStatus.Failed];

    public DeliveryStatus Status { get; private set; }

    public IReadOnlyDictionary<DeliveryStatus, int> Counts { get; private set; } = new Dictionary<DeliveryStatus, int>();

    public IReadOnlyList<QueuedDelivery> Rows { get; private set; } = [];

    [TempData]
    public bool Retried { get; set; }

    public string When(DateTime utc) => format.Local(utc);

    public string TopicName(string code) => pack.Notifications.Find(code)?.NameIn(CultureInfo.CurrentUICulture) ?? code;

    public async Task OnGetAsync(DeliveryStatus status = DeliveryStatus.Failed)
    {
        Status = Shown.Contains(status) ? status : DeliveryStatus.Failed;
        Counts = await queue.CountsAsync(HttpContext.RequestAborted);
        Rows = await queue.ListAsync(Status, HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostRetryAsync(Guid id)
    {
        if (!await queue.RetryAsync(id, HttpContext.RequestAborted))
        {
            return NotFound();
        }

        await audit.RecordAsync("notifications.delivery.retry", $"delivery:{id}", HttpContext.RequestAborted);
        Retried = true;
        return RedirectToPage(new { status = DeliveryStatus.Pending });
    }
}
