namespace Egov.Approvals.Contracts;

/// <summary>
/// Lets another module draft an official document in an official's name (an inspection report, a case decision):
/// the document is written in the official format with the approval line the platform proposes from the agency's
/// delegation table, and left a draft for the official to review and submit from their approvals pages. Drafting is
/// idempotent by the caller's key: asking again with the same <see cref="ApprovalDraftRequest.SourceSystem"/> and
/// <see cref="ApprovalDraftRequest.SourceKey"/> answers with the document made the first time and writes nothing, so
/// a caller that lost the answer (a crash, a retried job) never makes a second document.
/// </summary>
public interface IApprovalDrafts
{
    /// <summary>
    /// Drafts the document, or finds the one drafted earlier under the same source key. Every field is checked against
    /// the pack (document type, classification, retention, title and content) and the drafter against the Org
    /// directory (a serving official whose department has an approver for the type) before anything is written; a
    /// refusal writes nothing.
    /// </summary>
    /// <param name="request">What to draft, in whose name, under which key.</param>
    /// <param name="cancellationToken">Cancels the drafting.</param>
    Task<ApprovalDraftResult> DraftAsync(ApprovalDraftRequest request, CancellationToken cancellationToken = default);
}

/// <summary>A document another module asks to have drafted.</summary>
/// <param name="Drafter">Employee number of the official in whose name it is drafted; the line is proposed from their department.</param>
/// <param name="DocumentType">A document type code of the pack (<c>approvals.yaml</c>) that commits no money.</param>
/// <param name="Title">The title (one line, at most 500 characters).</param>
/// <param name="Content">The content, plain text with line breaks (at most 100,000 characters).</param>
/// <param name="SourceSystem">
/// The asking module's name (lower-case, e.g. <c>field</c>); documents are kept apart per system, and the audit chain
/// names it as the actor (<c>system:&lt;name&gt;</c>).
/// </param>
/// <param name="SourceKey">The caller's key for this document (at most 200 characters): the same key never makes two documents.</param>
public sealed record ApprovalDraftRequest(string Drafter, string DocumentType, string Title, string Content, string SourceSystem, string SourceKey)
{
    /// <summary>A classification code of the pack; the document type's default when null.</summary>
    public string? Classification { get; init; }

    /// <summary>A retention code of the pack; the classification's default when null.</summary>
    public string? Retention { get; init; }

    /// <summary>Names of the attachments (붙임), one line each.</summary>
    public IReadOnlyList<string> Attachments { get; init; } = [];
}

/// <summary>The drafted (or earlier drafted) document, or why nothing was drafted.</summary>
/// <param name="DocumentId">The document's id; null when refused.</param>
/// <param name="Created">True when this call drafted it; false when it was drafted earlier under the same key, or refused.</param>
/// <param name="Errors">What was wrong, by field (<c>drafter</c>, <c>documentType</c>, <c>title</c>…), in English; empty on success.</param>
public sealed record ApprovalDraftResult(Guid? DocumentId, bool Created, IReadOnlyDictionary<string, string> Errors)
{
    /// <summary>The local address of the document's card on the officials' approvals pages.</summary>
    public string? Link => DocumentId is { } id ? ApprovalDocumentLinks.Card(id) : null;
}

/// <summary>Where officials open an approval document.</summary>
public static class ApprovalDocumentLinks
{
    /// <summary>The local address of the document's card (<c>/officials/approvals/documents/{id}</c>); only its drafter and line may open it.</summary>
    /// <param name="documentId">The document.</param>
    public static string Card(Guid documentId) => $"/officials/approvals/documents/{documentId}";
}
