namespace Egov.Platform.Audit;

/// <summary>
/// One link of the audit chain. <see cref="Hash"/> covers every other field and the previous entry's hash,
/// so changing, removing or reordering any stored entry breaks the chain from that entry on.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>Position in the chain, 1-based and gap-free.</summary>
    public long Sequence { get; set; }

    public DateTime At { get; set; }

    /// <summary>Who acted: an account, an official, a partner client or a system component.</summary>
    public string Actor { get; set; } = "";

    /// <summary>The person or company the actor acted for (delegation), if any.</summary>
    public string? OnBehalfOf { get; set; }

    public string Action { get; set; } = "";

    /// <summary>What was touched, as a stable reference (never a resident number).</summary>
    public string Subject { get; set; } = "";

    public string? Purpose { get; set; }

    public string? LegalBasis { get; set; }

    public string PreviousHash { get; set; } = "";

    public string Hash { get; set; } = "";
}
