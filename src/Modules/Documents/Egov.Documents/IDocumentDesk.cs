namespace Egov.Documents;

/// <summary>
/// Issuance and verification for operators (a counter, a kiosk, a mail run) through the CLI: the person has shown
/// an identity document, so they are found by their identifier, and the certificate is handed over as files.
/// </summary>
public interface IDocumentDesk
{
    /// <summary>Issues a certificate to the person themselves; audited under the operator's name.</summary>
    Task<DeskIssue> IssueAsync(DeskIssueRequest request, CancellationToken cancellationToken = default);

    /// <summary>Checks a document file (a signed PDF, a VC-JWT or a QR payload) against the issuer's published keys and the register of issued documents.</summary>
    Task<DeskCheck> CheckAsync(byte[] content, string checkedBy, CancellationToken cancellationToken = default);

    /// <summary>
    /// Lets citizens send documents to an institution (an OAuth client of the platform's provider): its webhook is told
    /// of each one. Returns the new webhook secret (shown once; registering again replaces it), or null when the
    /// provider has no such client.
    /// </summary>
    Task<string?> RegisterRecipientAsync(string clientId, Uri webhookUrl, CancellationToken cancellationToken = default);
}

/// <summary>What the operator asks for.</summary>
/// <param name="TypeCode">A code of the pack's catalog.</param>
/// <param name="PersonalIdentifier">The person's identifier as on their identity document.</param>
/// <param name="Language">A language of the pack; null for its default.</param>
/// <param name="Purpose">A purpose code of the entry, or null.</param>
/// <param name="RevealIdentifiers">Print identifiers in full (the person asked for it).</param>
/// <param name="AddressHistory">Include past addresses; null for the catalog's default.</param>
/// <param name="Operator">Who issues, as the audit log names them.</param>
public sealed record DeskIssueRequest(
    string TypeCode, string PersonalIdentifier, string? Language, string? Purpose, bool RevealIdentifiers, bool? AddressHistory, string Operator);

/// <summary>The issued files, or why nothing was issued (a refusal code: <c>unknown-type</c>, <c>unknown-subject</c>…).</summary>
public sealed record DeskIssue(string? Refusal, string? Number, byte[]? Pdf, string? Credential);

/// <summary>The answer for a file: its kind (<c>pdf</c>, <c>credential</c>, <c>qr</c>), status (<c>valid</c>, <c>revoked</c>, <c>expired</c>, <c>tampered</c>, <c>unknown</c>) and, for a document of this service, what it attests.</summary>
public sealed record DeskCheck(string Kind, string Status, string? Number, string? Type, DateTimeOffset? IssuedAt, DateTimeOffset? VerifiableUntil, string? Facts);
