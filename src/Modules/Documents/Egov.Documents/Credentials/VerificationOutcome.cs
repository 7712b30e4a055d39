namespace Egov.Documents.Credentials;

/// <summary>What checking a signed credential or offline payload found.</summary>
internal enum VerificationOutcome
{
    /// <summary>Signed by a key of the trusted issuer and within its validity.</summary>
    Valid,

    /// <summary>Genuine, but past its validUntil (or verifiable-until).</summary>
    Expired,

    /// <summary>Genuine, but its validFrom is still ahead.</summary>
    NotYetValid,

    /// <summary>Names a key of the issuer, but that key did not sign these bytes.</summary>
    BadSignature,

    /// <summary>Names another issuer, or a key the issuer does not (or no longer) publish.</summary>
    UnknownKey,

    /// <summary>Not a credential of ours at all: bad encoding, structure or algorithm.</summary>
    Malformed,
}
