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
