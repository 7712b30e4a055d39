namespace Egov.Documents.Domain;

/// <summary>A document a holder sent to an institution: notified by webhook, then fetched by the institution itself.</summary>
internal sealed class Submission
{
    public Guid Id { get; set; }

    public long DocumentSequence { get; set; }

    public string ClientId { get; set; } = "";

    /// <summary>A purpose code of the document's catalog entry, or null.</summary>
    public string? Purpose { get; set; }

    public DateTime SubmittedAt { get; set; }

    public DateTime? NotifiedAt { get; set; }

    /// <summary>When the institution first fetched it; null until then.</summary>
    public DateTime? FetchedAt { get; set; }
}
