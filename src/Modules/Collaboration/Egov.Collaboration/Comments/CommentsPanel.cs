using Egov.Collaboration.Domain;
using Egov.Org.Contracts;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Egov.Collaboration.Comments;

/// <summary>What the comments panel shows: the thread, whom one may mention, and the form as the reader left it.</summary>
internal sealed record CommentsPanel(
    OpenSubject Subject, CommentThread Thread, IReadOnlyList<OfficialCard> Participants, string Me, DateTime Now, TimeSpan EditWindow, CommentForm Form,
    int UnreadMentions)
{
    public const string HubPath = Live.CommentsHub.Path;

    public string Source => PanelAddress(Subject.Kind, Subject.Id);

    public static string PanelAddress(string kind, string id) => $"/officials/comments/{Uri.EscapeDataString(kind)}/{Uri.EscapeDataString(id)}";

    public bool MayEdit(Comment comment) => comment.MayEdit(Me, Now, EditWindow);

    /// <summary>
    /// The comment's text for the page: every run of it HTML-encoded, each mention shown as the official's name. The
    /// text is never parsed as markup, so whatever a commenter types stays text.
    /// </summary>
    public IHtmlContent Render(Comment comment)
    {
        var html = new HtmlContentBuilder();
        foreach (var (text, official) in CommentText.Segments(comment.Text, Thread.Mentioned[comment.Id].ToList()))
        {
            if (official is null)
            {
                html.Append(text);
                continue;
            }

            var mention = new TagBuilder("strong");
            mention.AddCssClass("egov-comments-mention");
            mention.MergeAttribute("title", official.Number);
            mention.InnerHtml.Append("@" + official.Name);
            html.AppendHtml(mention);
        }

        return html;
    }
}

/// <summary>What the reader wrote and what was wrong with it, when a post or an edit was refused.</summary>
/// <param name="Text">The text they sent, given back so nothing typed is lost.</param>
/// <param name="Error">The refusal, already in the reader's language.</param>
/// <param name="EditedId">The comment they were correcting, or null for a new comment.</param>
internal sealed record CommentForm(string? Text = null, string? Error = null, Guid? EditedId = null)
{
    public static CommentForm Empty { get; } = new();
}
