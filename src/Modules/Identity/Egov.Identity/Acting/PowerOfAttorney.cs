namespace Egov.Identity.Acting;

/// <summary>
/// A resident's written authority for another resident to act for them in named services, until a date
/// (inclusive). Only the grantor can end it early; a revoked or expired power is kept for the record.
/// </summary>
internal sealed class PowerOfAttorney
{
    public Guid Id { get; init; }

    /// <summary>The person represented (their resident id in the registers).</summary>
    public Guid GrantorResidentId { get; init; }

    /// <summary>The person who may act.</summary>
    public Guid AgentResidentId { get; init; }

    /// <summary>Service codes from the pack's delegation catalogue.</summary>
    public string[] Services { get; init; } = [];

    public DateOnly ValidFrom { get; init; }

    /// <summary>The last day the power may be used.</summary>
    public DateOnly ValidUntil { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime? RevokedAt { get; private set; }

    /// <summary>The account that revoked it.</summary>
    public Guid? RevokedBy { get; private set; }

    public bool IsInForceOn(DateOnly day) => RevokedAt is null && ValidFrom <= day && day <= ValidUntil;

    /// <summary>Ends the power now. Revoking twice keeps the first revocation, which is what happened.</summary>
    public bool Revoke(Guid accountId, DateTime at)
    {
        if (RevokedAt is not null)
        {
            return false;
        }

        RevokedAt = at;
        RevokedBy = accountId;
        return true;
    }
}
