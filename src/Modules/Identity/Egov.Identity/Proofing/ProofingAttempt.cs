namespace Egov.Identity.Proofing;

/// <summary>
/// One try at proving to be a resident: a one-time code sent to the phone on record, kept hashed in the
/// database so any host copy can check it. An attempt for details that matched nobody (or a resident past
/// the sending limit) is a decoy: same row, same pages, a code nobody has.
/// </summary>
internal sealed class ProofingAttempt
{
    /// <summary>Random and secret: it travels only in the person's proofing cookie.</summary>
    public Guid Id { get; set; }

    /// <summary>The resident the code was sent for; null for a decoy.</summary>
    public Guid? ResidentId { get; set; }

    /// <summary>HMAC-SHA256 of the code under the platform's proofing secret (hex).</summary>
    public string CodeHash { get; set; } = "";

    /// <summary>The phone as the page shows it (<c>010-****-5678</c>).</summary>
    public string MaskedPhone { get; set; } = "";

    public int FailedTries { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    /// <summary>When the right code came back; a code is accepted once only.</summary>
    public DateTime? VerifiedAt { get; set; }

    /// <summary>When an account was created or linked with this proof; a proof is used once only.</summary>
    public DateTime? CompletedAt { get; set; }
}

/// <summary>What checking a code found.</summary>
internal enum CodeCheck
{
    Verified,
    Wrong,
    Expired,
    AlreadyUsed,
    TooManyTries,
    NoAttempt,
}
