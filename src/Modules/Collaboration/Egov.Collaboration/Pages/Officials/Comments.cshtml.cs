using Egov.Collaboration.Comments;
using Egov.Identity.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Egov.Collaboration.Pages.Officials;

/// <summary>
/// <c>/officials/comments/{kind}/{id}</c>: a subject's comments panel on its own (what the live panel fetches), and
/// where its forms post. A saved comment sends the reader back to the subject's page (the owner's address, never one
/// the request names); a refused one shows the panel again with the text kept and the reason. 404, audited, for an
/// official the subject's owner does not let read it.
/// </summary>
[Authorize(Roles = OfficialRoles.Official, Policy = AssuranceLevels.Aal2Policy)]
internal sealed class CommentsModel(SubjectAccess access, CommentBoard board, IStringLocalizer texts) : PageModel
{
    public OpenSubject Subject { get; private set; } = null!;

    public CommentForm Form { get; private set; } = CommentForm.Empty;

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public Guid? CommentId { get; set; }

    private string Me => User.Identity?.Name ?? "";

    public async Task<IActionResult> OnGetAsync(string kind, string id) => await OpenAsync(kind, id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string kind, string id) =>
        await OpenAsync(kind, id) ? After(await board.PostAsync(Subject, Me, Text, HttpContext.RequestAborted), null) : NotFound();

    public async Task<IActionResult> OnPostEditAsync(string kind, string id) =>
        !await OpenAsync(kind, id) || CommentId is not { } commentId ? NotFound()
            : After(await board.EditAsync(Subject, commentId, Me, Text, HttpContext.RequestAborted), commentId);

    private IActionResult After(CommentOutcome outcome, Guid? edited)
    {
        if (outcome.NotFound)
        {
            return NotFound();
        }

        if (outcome.Error is { } error)
        {
            Form = new CommentForm(Text, error.Argument is null ? texts[error.Key] : texts[error.Key, error.Argument], edited);
            ViewData[nameof(CommentForm)] = Form;
            return Page();
        }

        return Redirect($"{Subject.Subject.Link}#comment-{outcome.Comment!.Id}");
    }

    private async Task<bool> OpenAsync(string kind, string id)
    {
        if (await access.OpenAsync(kind, id, Me, HttpContext.RequestAborted) is not { } subject)
        {
            return false;
        }

        Subject = subject;
        return true;
    }
}
