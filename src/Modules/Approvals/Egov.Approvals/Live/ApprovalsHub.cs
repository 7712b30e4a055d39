using Egov.Identity.Contracts;
using Egov.Org.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Egov.Approvals.Live;

/// <summary>
/// Tells an official's open inbox pages that their lists changed. It carries no document data, only "look again":
/// the page fetches what the official may see, so the hub needs no rules of its own about who sees what. Each
/// connection joins its official's group, their department's (documents handed to it) and, for a records officer,
/// their agency's records group (documents dispatched to it).
/// </summary>
[Authorize(Roles = OfficialRoles.Official)]
internal sealed class ApprovalsHub(IOrgDirectory org) : Hub
{
    public const string Path = "/officials/approvals/live";

    public const string ChangedMessage = "inboxChanged";

    public static string Group(string employeeNumber) => $"official:{employeeNumber}";

    public static string DepartmentGroup(Guid departmentId) => $"department:{departmentId}";

    public static string RecordsGroup(string agencyCode) => $"records:{agencyCode}";

    public override async Task OnConnectedAsync()
    {
        if (Context.User?.Identity?.Name is { Length: > 0 } number)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, Group(number));
            if (await org.FindOfficialAsync(number, Context.ConnectionAborted) is { } card)
            {
                await Groups.AddToGroupAsync(Context.ConnectionId, DepartmentGroup(card.DepartmentId));
                if (Context.User.IsInRole(OfficialRoles.RecordsOfficer))
                {
                    await Groups.AddToGroupAsync(Context.ConnectionId, RecordsGroup(card.AgencyCode));
                }
            }
        }

        await base.OnConnectedAsync();
    }
}
