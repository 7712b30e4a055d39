namespace Egov.Approvals.Domain;

/// <summary>The approved document as a PDF sealed with the agency's key (PAdES), made once at final approval.</summary>
internal sealed class SealedCopy
{
    private SealedCopy()
    {
    }

    public Guid DocumentId { get; private set; }

    public byte[] Pdf { get; private set; } = [];

    public DateTime CreatedAt { get; private set; }

    public static SealedCopy Create(Guid documentId, byte[] pdf, DateTime at) => new() { DocumentId = documentId, Pdf = pdf, CreatedAt = at };
}
