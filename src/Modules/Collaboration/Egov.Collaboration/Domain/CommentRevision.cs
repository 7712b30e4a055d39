namespace Egov.Collaboration.Domain;

/// <summary>A text a comment had before an edit, and since when it had it.</summary>
internal sealed class CommentRevision(Guid commentId, int number, string text, DateTime writtenAt)
{
    public Guid CommentId { get; private set; } = commentId;

    public int Number { get; private set; } = number;

    public string Text { get; private set; } = text;

    public DateTime WrittenAt { get; private set; } = writtenAt;
}
