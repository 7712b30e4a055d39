namespace Egov.Documents;

/// <summary>
/// Issuance and verification for operators (a counter, a kiosk, a mail run) through the CLI: the person has shown
/// an identity document, so they are found by their identifier, and the certificate is handed over as files.
/// </summary>
public interface IDocumentDesk
{
    /// <summary>Issues a certificate to the person themselves; audited under the operator's name.</summary>
    Task<DeskIssue> IssueAsync(DeskIssueRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Issues a certificate to each person of a list (a mail run), read as it goes, several at a time; each one as
    /// <see cref="IssueAsync"/> would. <paramref name="issued"/> gets each issued document with its line number.
    /// </summary>
    Task<DeskBatchResult> IssueBatchAsync(
        DeskBatchRequest request, IAsyncEnumerable<string> identifiers, Func<DeskIssue, long, CancellationToken, Task>? issued,
        IProgress<DeskBatchProgress>? progress, CancellationToken cancellationToken = default);

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

/// <summary>A mail run: one certificate of a type for each identifier of a list.</summary>
/// <param name="TypeCode">A code of the pack's catalog.</param>
/// <param name="Language">A language of the pack; null for its default.</param>
/// <param name="Purpose">A purpose code of the entry, or null.</param>
/// <param name="Operator">Who issues, as the audit log names them.</param>
/// <param name="Skip">Lines of the list already done by an earlier run (its last progress said so).</param>
/// <param name="Workers">Certificates made at a time; null for one per core.</param>
/// <param name="ReportSeconds">How often progress is reported.</param>
public sealed record DeskBatchRequest(
    string TypeCode, string? Language, string? Purpose, string Operator, long Skip = 0, int? Workers = null, double ReportSeconds = 5);

/// <summary>Where a mail run stands.</summary>
/// <param name="LinesDone">Every line up to this one is done (issued or refused): a restart skips them.</param>
/// <param name="Issued">Certificates issued by this run.</param>
/// <param name="Refused">Lines refused (an unknown person…).</param>
/// <param name="Elapsed">Since the run started.</param>
/// <param name="PerSecond">Certificates issued per second so far.</param>
/// <param name="WorkingSetBytes">The process's memory now.</param>
public sealed record DeskBatchProgress(long LinesDone, long Issued, long Refused, TimeSpan Elapsed, double PerSecond, long WorkingSetBytes);

/// <summary>How a mail run ended: its last progress and how many lines each refusal code refused.</summary>
public sealed record DeskBatchResult(DeskBatchProgress Final, IReadOnlyDictionary<string, long> Refusals);
