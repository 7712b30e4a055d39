namespace Egov.Approvals.Domain;

/// <summary>One version of a document's body. Every revision is kept; the latest is what the line acts on.</summary>
internal sealed class DocumentRevision
{
    private DocumentRevision()
    {
    }

    public Guid Id { get; private set; }

    public Guid DocumentId { get; private set; }

    public int Number { get; private set; }

    public string Title { get; private set; } = "";

    public string Content { get; private set; } = "";

    /// <summary>The attachments' names, one a line (names never hold a line break: the draft refuses them).</summary>
    public string Attachments { get; private set; } = "";

    public DocumentBody Body => new(Title, Content, Attachments.Length == 0 ? [] : Attachments.Split('\n'));

    public string AuthorNumber { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public static DocumentRevision Create(Guid documentId, int number, DocumentBody body, Official author, DateTime at) => new()
    {
        Id = Guid.CreateVersion7(at),
        DocumentId = documentId,
        Number = number,
        Title = body.Title,
        Content = body.Content,
        Attachments = string.Join('\n', body.Attachments),
        AuthorNumber = author.Number,
        CreatedAt = at,
    };
}

/// <summary>The body of the official format: title, content and the names of the attachments (붙임).</summary>
internal sealed record DocumentBody(string Title, string Content, IReadOnlyList<string> Attachments)
{
    public static DocumentBody Empty { get; } = new("", "", []);
}
