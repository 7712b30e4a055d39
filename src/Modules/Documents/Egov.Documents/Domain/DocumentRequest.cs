namespace Egov.Documents.Domain;

/// <summary>An institution asking a person for a document: shown in the person's wallet until they approve or decline.</summary>
internal sealed class DocumentRequest
{
    public Guid Id { get; set; }

    public string ClientId { get; set; } = "";

    /// <summary>The person asked (a resident of the registers).</summary>
    public Guid ResidentId { get; set; }

    public string TypeCode { get; set; } = "";

    public string? Purpose { get; set; }

    public DateTime RequestedAt { get; set; }

    public DateTime? AnsweredAt { get; set; }

    /// <summary>Null while pending, else <c>approved</c> or <c>declined</c>.</summary>
    public string? Answer { get; set; }

    /// <summary>What was sent when approved.</summary>
    public Guid? SubmissionId { get; set; }
}
