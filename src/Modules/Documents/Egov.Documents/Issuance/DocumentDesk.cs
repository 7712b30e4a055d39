using System.Text;
using Egov.Documents.Domain;
using Egov.Documents.Credentials;
using Egov.Documents.Submitting;
using Egov.Documents.Verifying;
using Egov.Platform.Packs;
using Egov.Registries.Contracts;

namespace Egov.Documents.Issuance;

/// <summary>The operators' desk (<see cref="IDocumentDesk"/>): the person is found by identifier, then issued to as themselves.</summary>
internal sealed class DocumentDesk(
    CountryPack pack, IResidentDirectory residents, DocumentIssuer issuer, DocumentVerifier checks, Recipients recipients, DocumentBatch batch)
    : IDocumentDesk
{
    public Task<DeskBatchResult> IssueBatchAsync(
        DeskBatchRequest request, IAsyncEnumerable<string> identifiers, Func<DeskIssue, long, CancellationToken, Task>? issued,
        IProgress<DeskBatchProgress>? progress, CancellationToken cancellationToken = default) =>
        batch.IssueAsync(request, identifiers, issued, progress, cancellationToken);

    public async Task<DeskIssue> IssueAsync(DeskIssueRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (pack.Documents.Find(request.TypeCode) is not { } type)
        {
            return new DeskIssue(IssueRefusals.UnknownType, null, null, null);
        }

        var purpose = new DataPurpose(request.Operator, DocumentIssuer.AuditAction, type.LegalBasis);
        if (await residents.FindByIdentifierAsync(request.PersonalIdentifier, purpose, cancellationToken) is not { } person)
        {
            return new DeskIssue(IssueRefusals.UnknownSubject, null, null, null);
        }

        var result = await issuer.IssueAsync(
            new IssueRequest(type.Code, CertificateSubject.Of(person.Id), person.Id, DocumentRequesters.Self, request.Language ?? pack.DefaultLanguage,
                request.RevealIdentifiers ? true : null, request.AddressHistory, request.Purpose, request.Operator, null),
            cancellationToken);
        return result.Refusal is { } refusal
            ? new DeskIssue(refusal, null, null, null)
            : new DeskIssue(null, result.Document!.Number, result.Files!.Pdf, result.Files.Credential);
    }

    public async Task<DeskCheck> CheckAsync(byte[] content, string checkedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var (kind, answer) = content.AsSpan().StartsWith("%PDF-"u8)
            ? ("pdf", await checks.ByPdfAsync(content, checkedBy, cancellationToken))
            : Encoding.UTF8.GetString(content).Trim() is var text && text.StartsWith(OfflinePayload.Prefix, StringComparison.Ordinal)
                ? ("qr", await checks.ByQrAsync(text, checkedBy, cancellationToken))
                : ("credential", await checks.ByCredentialAsync(text, checkedBy, cancellationToken));
        var d = answer.Document;
        return new DeskCheck(kind, answer.Status.ToString().ToLowerInvariant(), d?.Number, d?.TypeCode,
            d is null ? null : d.IssuedAt.AsUtcOffset(), d is null ? null : d.VerifiableUntil.AsUtcOffset(), d?.Facts);
    }

    public Task<string?> RegisterRecipientAsync(string clientId, Uri webhookUrl, CancellationToken cancellationToken = default) =>
        recipients.RegisterAsync(clientId, webhookUrl, cancellationToken);
}
