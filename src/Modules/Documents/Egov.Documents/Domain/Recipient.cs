namespace Egov.Documents.Domain;

/// <summary>
/// An institution citizens can send documents to: one of the provider's OAuth clients (its name and credentials
/// live there), with where it is told a document arrived and the secret that signs those notices.
/// </summary>
internal sealed class Recipient
{
    public string ClientId { get; set; } = "";

    public string WebhookUrl { get; set; } = "";

    /// <summary>The shared webhook secret, encrypted with the data-protection keys (never stored in clear).</summary>
    public string ProtectedSecret { get; set; } = "";

    public DateTime CreatedAt { get; set; }
}

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
