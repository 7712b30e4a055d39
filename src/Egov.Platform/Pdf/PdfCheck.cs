namespace Egov.Platform.Pdf;

/// <summary>What <see cref="PdfSignatureVerifier"/> found in an uploaded file.</summary>
/// <param name="Outcome">Whether the file is a validly signed PDF, and if not, why.</param>
/// <param name="DocumentNumber">The /EgovDocumentNumber in the signed part of the file, when there is one.</param>
/// <param name="TimeStamp">The signature's time-stamp, when the signature carries a valid one (PAdES B-T).</param>
/// <param name="SignerSubject">The signing certificate's subject, when the signature could be read.</param>
public sealed record PdfCheck(PdfCheckOutcome Outcome, string? DocumentNumber, DateTimeOffset? TimeStamp, string? SignerSubject);

/// <summary>What a signature check concluded.</summary>
public enum PdfCheckOutcome
{
    /// <summary>Signed over the whole file by a certificate chaining to a trusted root; any time-stamp valid too.</summary>
    Valid,

    /// <summary>Signed, but bytes changed after signing, something was appended, or the signature does not verify.</summary>
    Tampered,

    /// <summary>A PDF without a signature.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "A file without a signature, not the integer type.")]
    Unsigned,

    /// <summary>The signature verifies, but its certificate (or its time-stamp's) does not chain to a trusted root.</summary>
    UntrustedSigner,

    /// <summary>Not a PDF at all (empty, random bytes, another format).</summary>
    NotAPdf,
}
