using Egov.Collaboration.Comments;
using Egov.Identity.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Egov.Collaboration.Live;

/// <summary>
/// Tells open comments panels that their thread changed, and officials that they were mentioned. Like the approvals
/// inbox's hub it carries no content, only "look again": the page fetches what the official may see. A connection
/// joins a subject's group only after the subject's owner said the official may read it.
/// </summary>
[Authorize(Roles = OfficialRoles.Official)]
internal sealed class CommentsHub(SubjectAccess access) : Hub
{
    public const string Path = "/officials/collaboration/live";

    public const string ChangedMessage = "commentsChanged";

    public const string MentionedMessage = "mentioned";

    public static string SubjectGroup(string kind, string id) => $"subject:{kind}:{id}";

    public static string OfficialGroup(string employeeNumber) => $"official:{employeeNumber}";

    public override async Task OnConnectedAsync()
    {
        if (Context.User?.Identity?.Name is { Length: > 0 } number)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, OfficialGroup(number));
        }

        await base.OnConnectedAsync();
    }

    /// <summary>Follows a subject's thread; false (and audited) when the official may not read the subject.</summary>
    public async Task<bool> Watch(string kind, string id)
    {
        if (Context.User?.Identity?.Name is not { Length: > 0 } number
            || await access.OpenAsync(kind, id, number, Context.ConnectionAborted) is null)
        {
            return false;
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, SubjectGroup(kind, id), Context.ConnectionAborted);
        return true;
    }
}
