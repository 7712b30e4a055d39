namespace Egov.Registries.Domain;

/// <summary>
/// An administrator's decision that one OAuth client (an agency system or a partner, by its client id at the
/// platform's provider) may ask the registers for one purpose of the pack. The purpose fixes the datasets and
/// fields; the grant only says who may use it. Revoking keeps the row, so the log can say what held when.
/// </summary>
internal sealed class ExchangeGrant
{
    public Guid Id { get; set; }

    public required string ClientId { get; set; }

    /// <summary>A purpose code of the pack's <c>exchange.yaml</c>.</summary>
    public required string Purpose { get; set; }

    public DateTime GrantedAt { get; set; }

    /// <summary>The administrator (<c>account:&lt;id&gt;</c>) or <c>system:&lt;component&gt;</c> for the demo.</summary>
    public required string GrantedBy { get; set; }

    public DateTime? RevokedAt { get; set; }
}

/// <summary>
/// A resident's consent that one client may read their data for one purpose. A purpose that needs consent
/// reads only while a consent is in force; revoking it stops the next read. Given again, it is a new row.
/// </summary>
internal sealed class ExchangeConsent
{
    public Guid Id { get; set; }

    public Guid ResidentId { get; set; }

    public required string ClientId { get; set; }

    public required string Purpose { get; set; }

    public DateTime GivenAt { get; set; }

    public DateTime? RevokedAt { get; set; }

    public bool IsInForce => RevokedAt is null;
}

/// <summary>
/// One exchange request about a person, granted or denied, with what the audit chain cannot hold: the client's
/// name at the time and the fields sent. The audit entry (<see cref="AuditSequence"/>) is the tamper-evident record.
/// </summary>
internal sealed class ExchangeAccess
{
    public Guid Id { get; set; }

    public long AuditSequence { get; set; }

    public DateTime At { get; set; }

    /// <summary>Null when the request identified nobody (logged under no resident).</summary>
    public Guid? ResidentId { get; set; }

    public required string ClientId { get; set; }

    public required string ClientName { get; set; }

    /// <summary>The purpose as the client named it (possibly unknown to the pack).</summary>
    public required string Purpose { get; set; }

    public string? LegalBasis { get; set; }

    /// <summary><see cref="ExchangeOutcome"/>.</summary>
    public required string Outcome { get; set; }

    /// <summary>The fields sent, <c>dataset.field</c> separated by spaces; empty when denied.</summary>
    public required string Fields { get; set; }
}

/// <summary>How an exchange request ended; also the audit action's last word.</summary>
internal static class ExchangeOutcome
{
    public const string Read = "read";
    public const string DeniedPurpose = "denied.purpose";
    public const string DeniedNotGranted = "denied.not-granted";
    public const string DeniedNoConsent = "denied.no-consent";
    public const string Unmatched = "unmatched";
}
