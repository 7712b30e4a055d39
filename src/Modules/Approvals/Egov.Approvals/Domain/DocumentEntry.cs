namespace Egov.Approvals.Domain;

/// <summary>
/// One line of the document card's history: who did what, when, with which opinion. Appended by every action,
/// never changed or deleted, so the card shows every opinion of every round.
/// </summary>
internal sealed class DocumentEntry
{
    private DocumentEntry()
    {
    }

    public Guid Id { get; private set; }

    public Guid DocumentId { get; private set; }

    public int Sequence { get; private set; }

    public DateTime At { get; private set; }

    public int Round { get; private set; }

    public int Revision { get; private set; }

    public DocumentAction Action { get; private set; }

    public string ActorNumber { get; private set; } = "";

    public string ActorName { get; private set; } = "";

    /// <summary>The absent official a deputy acted for (대결), or null.</summary>
    public string? ForNumber { get; private set; }

    public string? Opinion { get; private set; }

    public static DocumentEntry Create(
        Guid documentId, int sequence, int round, int revision, DocumentAction action, Official actor, string? forNumber, string? opinion, DateTime at) => new()
    {
        Id = Guid.CreateVersion7(at),
        DocumentId = documentId,
        Sequence = sequence,
        At = at,
        Round = round,
        Revision = revision,
        Action = action,
        ActorNumber = actor.Number,
        ActorName = actor.Name,
        ForNumber = forNumber,
        Opinion = opinion,
    };
}

/// <summary>What an entry of the history records.</summary>
internal enum DocumentAction
{
    Drafted = 0,
    Submitted = 1,
    Reviewed = 2,
    Agreed = 3,
    Approved = 4,
    Returned = 5,
    Held = 6,
    Withdrawn = 7,
    Resubmitted = 8,
    LineChanged = 9,
}
