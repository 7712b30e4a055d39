namespace Egov.Documents.Domain;

/// <summary>
/// One issued certificate: what it attests as issued (masked as the requester chose), who asked for whom, until
/// when anyone can verify it, and whether it still stands. Never deleted: a holder's "delete" only hides it from
/// their wallet, since verifiers must keep getting an answer.
/// </summary>
internal sealed class IssuedDocument
{
    /// <summary>Issue order, from the database: the document's position in the revocation status lists.</summary>
    public long Sequence { get; set; }

    /// <summary>How APIs and pages name it (not guessable, unlike <see cref="Sequence"/>).</summary>
    public Guid Id { get; set; }

    /// <summary>The number printed on it and typed on /verify (<see cref="DocumentNumber"/>).</summary>
    public string Number { get; set; } = "";

    /// <summary>A code of the pack's catalog.</summary>
    public string TypeCode { get; set; } = "";

    /// <summary>Whom or what it is about: a resident, a company, a parcel or a building of the registers.</summary>
    public string SubjectKind { get; set; } = "";

    public Guid SubjectId { get; set; }

    /// <summary>The resident who holds it in their wallet (the subject, or the person who asked on their behalf).</summary>
    public Guid HolderId { get; set; }

    /// <summary>How the holder may ask about the subject: a requester code of the catalog (<c>self</c>, <c>legal-representative</c>…).</summary>
    public string RequestedAs { get; set; } = "";

    public string Language { get; set; } = "";

    public bool IdentifiersRevealed { get; set; }

    public bool AddressHistory { get; set; }

    /// <summary>A purpose code of the catalog entry, printed on the document; null when none was stated.</summary>
    public string? Purpose { get; set; }

    /// <summary>The facts attested, as JSON, exactly as printed (masked when issued masked): what /verify shows.</summary>
    public string Facts { get; set; } = "";

    public DateTime IssuedAt { get; set; }

    public DateTime VerifiableUntil { get; set; }

    public DateTime? RevokedAt { get; set; }

    /// <summary>Why it was revoked: <c>holder-request</c> or <c>register-correction</c>.</summary>
    public string? RevocationReason { get; set; }

    /// <summary>Hidden from the holder's wallet; still verifiable.</summary>
    public bool HiddenByHolder { get; set; }

    public bool IsRevoked => RevokedAt is not null;
}
