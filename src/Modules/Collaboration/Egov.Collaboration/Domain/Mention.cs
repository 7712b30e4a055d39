namespace Egov.Collaboration.Domain;

/// <summary>
/// An official named in a comment (@…): their notice in the officials' workspace (<c>/officials/mentions</c>), with
/// the subject's title and address as they were when the comment was posted. One per comment and official, so an
/// edit that keeps a mention does not notify again.
/// </summary>
internal sealed class Mention
{
    private Mention()
    {
    }

    public Guid Id { get; private set; }

    public Guid CommentId { get; private set; }

    public string OfficialNumber { get; private set; } = "";

    public string OfficialName { get; private set; } = "";

    public string AuthorName { get; private set; } = "";

    public string SubjectTitle { get; private set; } = "";

    public string SubjectLink { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public DateTime? ReadAt { get; set; }

    public static Mention Of(Comment comment, MentionedOfficial official, string subjectTitle, string subjectLink, DateTime at) => new()
    {
        Id = Guid.CreateVersion7(at),
        CommentId = comment.Id,
        OfficialNumber = official.Number,
        OfficialName = official.Name,
        AuthorName = comment.AuthorName,
        SubjectTitle = subjectTitle,
        SubjectLink = subjectLink,
        CreatedAt = at,
    };
}

/// <summary>An official a comment's text names, as the directory knows them.</summary>
internal sealed record MentionedOfficial(string Number, string Name);
