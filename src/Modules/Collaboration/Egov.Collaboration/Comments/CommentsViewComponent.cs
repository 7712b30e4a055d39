using Egov.Org.Contracts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Collaboration.Comments;

/// <summary>
/// The comments panel of a subject, for its owner's page to include with one line:
/// <c>@await Component.InvokeAsync("Comments", new { kind = "approval-document", id = "…" })</c>. It shows nothing
/// to an official the subject's owner does not let read it (the page around it has already answered 404).
/// </summary>
/// <remarks>
/// Public because MVC only finds public view components; it takes the module's internal services from the request's
/// scope because a public constructor cannot name internal types.
/// </remarks>
public sealed class CommentsViewComponent : ViewComponent
{
    internal const string Name = "Comments";

    public async Task<IViewComponentResult> InvokeAsync(string kind, string id)
    {
        var services = HttpContext.RequestServices;
        var form = ViewData[nameof(CommentForm)] as CommentForm ?? CommentForm.Empty;
        var me = UserClaimsPrincipal.Identity?.Name ?? "";
        var access = services.GetRequiredService<SubjectAccess>();
        if (me.Length == 0 || await access.OpenAsync(kind, id, me, HttpContext.RequestAborted) is not { } subject)
        {
            return Content("");
        }

        var board = services.GetRequiredService<CommentBoard>();
        var thread = await board.ThreadAsync(subject, HttpContext.RequestAborted);
        var participants = await services.GetRequiredService<MentionResolver>().CardsAsync(subject.Subject.Participants, HttpContext.RequestAborted);
        var unread = await board.UnreadMentionsAsync(me, HttpContext.RequestAborted);
        return View(new CommentsPanel(subject, thread, participants.Where(p => p.Status != OfficialStatus.Departed).ToList(), me, board.Now, board.EditWindow, form, unread));
    }
}
