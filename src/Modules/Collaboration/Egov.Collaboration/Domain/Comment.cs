namespace Egov.Collaboration.Domain;

/// <summary>
/// One official's comment on a subject of another module (kind + id). Its text may be corrected by its author for a
/// short while; each earlier text is kept as a <see cref="CommentRevision"/>, and nothing is ever deleted, so the
/// thread stays a record of what was said.
/// </summary>
internal sealed class Comment
{
    private readonly List<CommentRevision> revisions = [];

    private Comment()
    {
    }

    public Guid Id { get; private set; }

    public string SubjectKind { get; private set; } = "";

    public string SubjectId { get; private set; } = "";

    public string AuthorNumber { get; private set; } = "";

    public string AuthorName { get; private set; } = "";

    public string Text { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public DateTime? EditedAt { get; private set; }

    /// <summary>The texts it had before each edit, oldest first.</summary>
    public IReadOnlyList<CommentRevision> Revisions => revisions;

    public static Comment Post(string kind, string subjectId, string authorNumber, string authorName, CommentText text, DateTime at) => new()
    {
        Id = Guid.CreateVersion7(at),
        SubjectKind = kind,
        SubjectId = subjectId,
        AuthorNumber = authorNumber,
        AuthorName = authorName,
        Text = text.Value,
        CreatedAt = at,
    };

    /// <summary>The author may still correct it: within <paramref name="window"/> of posting.</summary>
    public bool MayEdit(string official, DateTime now, TimeSpan window) => official == AuthorNumber && now - CreatedAt <= window;

    /// <summary>Replaces the text, keeping the one it replaces; the caller has checked <see cref="MayEdit"/>.</summary>
    public void Edit(CommentText text, DateTime at)
    {
        revisions.Add(new CommentRevision(Id, revisions.Count + 1, Text, EditedAt ?? CreatedAt));
        Text = text.Value;
        EditedAt = at;
    }
}
