namespace Egov.Approvals.Domain;

/// <summary>
/// Something an official must hear of afterwards, kept in their approvals inbox: chiefly that a deputy acted for
/// them while they were on leave (대결), which the rules require be reported to the absent approver.
/// </summary>
internal sealed class OfficialNotice
{
    private OfficialNotice()
    {
    }

    public Guid Id { get; private set; }

    public string OfficialNumber { get; private set; } = "";

    public Guid DocumentId { get; private set; }

    public DocumentAction Action { get; private set; }

    public string ActorName { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public DateTime? ReadAt { get; set; }

    public static OfficialNotice ProxyActed(string absentNumber, Guid documentId, DocumentAction action, Official deputy, DateTime at) => new()
    {
        Id = Guid.CreateVersion7(at),
        OfficialNumber = absentNumber,
        DocumentId = documentId,
        Action = action,
        ActorName = deputy.Name,
        CreatedAt = at,
    };
}
