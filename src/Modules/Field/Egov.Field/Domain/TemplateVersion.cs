namespace Egov.Field.Domain;

/// <summary>
/// A checklist version as the platform first served it, kept for good: an inspection started on it is judged by it
/// even after the pack moved on to a newer version.
/// </summary>
internal sealed class TemplateVersion
{
    public Guid Id { get; set; }

    public required string Code { get; set; }

    public int Version { get; set; }

    /// <summary>The pack's template, as JSON.</summary>
    public required string Definition { get; set; }

    public DateTime StoredAt { get; set; }
}
