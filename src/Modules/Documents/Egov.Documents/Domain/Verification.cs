namespace Egov.Documents.Domain;

/// <summary>One check of a document by anyone (a number typed, a PDF uploaded, a QR scanned, a credential presented): its holder sees it.</summary>
internal sealed class Verification
{
    public long Id { get; set; }

    public long DocumentSequence { get; set; }

    public DateTime At { get; set; }

    /// <summary>How it was presented: <see cref="VerificationChannels"/>.</summary>
    public string Channel { get; set; } = "";

    /// <summary>Who checked, when known (a partner's client id, an account); null for the anonymous public page.</summary>
    public string? Verifier { get; set; }

    /// <summary>The answer given (<see cref="DocumentStatus"/> in lower case).</summary>
    public string Outcome { get; set; } = "";
}

/// <summary>How a document reached a verifier.</summary>
internal static class VerificationChannels
{
    public const string Number = "number";
    public const string Pdf = "pdf";
    public const string Qr = "qr";
    public const string Credential = "credential";
}

/// <summary>What a verification answers.</summary>
internal enum DocumentStatus
{
    /// <summary>Issued by this service, unchanged, not revoked, still within its verification period.</summary>
    Valid,

    /// <summary>Revoked by its holder or by a register correction.</summary>
    Revoked,

    /// <summary>Past its verification period.</summary>
    Expired,

    /// <summary>Presented with a signature that does not match: changed after issue, or not signed by this issuer.</summary>
    Tampered,

    /// <summary>No document of this service matches.</summary>
    Unknown,
}
