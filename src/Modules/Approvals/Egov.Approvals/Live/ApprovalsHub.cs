using Egov.Identity.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Egov.Approvals.Live;

/// <summary>
/// Tells an official's open inbox pages that their lists changed. It carries no document data, only "look again":
/// the page fetches what the official may see, so the hub needs no rules of its own about who sees what.
/// </summary>
[Authorize(Roles = OfficialRoles.Official)]
internal sealed class ApprovalsHub : Hub
{
    public const string Path = "/officials/approvals/live";

    public const string ChangedMessage = "inboxChanged";

    public static string Group(string employeeNumber) => $"official:{employeeNumber}";

    public override async Task OnConnectedAsync()
    {
        if (Context.User?.Identity?.Name is { Length: > 0 } number)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, Group(number));
        }

        await base.OnConnectedAsync();
    }
}
