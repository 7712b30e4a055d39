using System.Text.Json.Nodes;
using Egov.Documents.Credentials;
using Egov.Documents.Data;
using Egov.Documents.Domain;
using Egov.Documents.Pdf;
using Egov.Platform.Keys;
using Egov.Platform.Pdf;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Egov.Documents.Verifying;

/// <summary>What a verifier learns: the status and, unless unknown or tampered, the document as issued.</summary>
internal sealed record VerificationAnswer(DocumentStatus Status, IssuedDocument? Document)
{
    public static VerificationAnswer Unknown { get; } = new(DocumentStatus.Unknown, null);

    public static VerificationAnswer Tampered { get; } = new(DocumentStatus.Tampered, null);
}

/// <summary>
/// Answers "is this document genuine and does it still stand?" for each way a document reaches someone: its
/// number, its signed PDF, its QR payload, its verifiable credential. The signature checks come first (a changed
/// file is tampered whatever its number says); the database then says revoked or expired, so a revocation
/// shows in every answer at once. Each check of a known document is read and recorded for its holder in a batch
/// (<see cref="VerificationQueue"/>) before it is answered.
/// </summary>
internal sealed class DocumentVerifier(DocumentsDbContext db, VerificationQueue checks, IKeyStore keys, IOptions<DocumentsOptions> options, TimeProvider time)
{
    public async Task<VerificationAnswer> ByNumberAsync(string? typed, string? verifier, CancellationToken cancellationToken) =>
        DocumentNumber.Normalize(typed) is { } number
            ? await checks.CheckAsync(number, VerificationChannels.Number, verifier, cancellationToken)
            : VerificationAnswer.Unknown;

    public async Task<VerificationAnswer> ByPdfAsync(byte[] pdf, string? verifier, CancellationToken cancellationToken)
    {
        var roots = (await keys.GetPublishedAsync(KeyRing.IssuingCa, cancellationToken)).Select(k => k.Certificate).ToList();
        var check = new PdfSignatureVerifier(roots, time).Check(pdf);
        if (check.Outcome != PdfCheckOutcome.Valid)
        {
            return check.Outcome == PdfCheckOutcome.NotAPdf ? VerificationAnswer.Unknown : VerificationAnswer.Tampered;
        }

        return check.DocumentNumber is { } number
            ? await checks.CheckAsync(number, VerificationChannels.Pdf, verifier, cancellationToken)
            : VerificationAnswer.Unknown;
    }

    public async Task<VerificationAnswer> ByQrAsync(string? payload, string? verifier, CancellationToken cancellationToken)
    {
        var check = OfflinePayload.Verify(payload, await IssuerAsync(cancellationToken), time.GetUtcNow());
        if (check.Claims is not { } claims)
        {
            return check.Outcome is VerificationOutcome.BadSignature or VerificationOutcome.UnknownKey ? VerificationAnswer.Tampered : VerificationAnswer.Unknown;
        }

        // Read ahead of the check, whose batch knows nothing of payloads: a genuine payload whose facts differ from the
        // stored ones cannot happen unless the database was changed, and is answered so without being recorded.
        var document = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Number == claims.DocumentNumber, cancellationToken);
        if (document is null)
        {
            return VerificationAnswer.Unknown;
        }

        return OfflinePayload.FactsDigest(JsonNode.Parse(document.Facts)!).AsSpan().SequenceEqual(claims.FactsDigest)
            ? await checks.CheckAsync(document.Number, VerificationChannels.Qr, verifier, cancellationToken)
            : VerificationAnswer.Tampered;
    }

    public async Task<VerificationAnswer> ByCredentialAsync(string? token, string? verifier, CancellationToken cancellationToken)
    {
        var check = new CredentialVerifier(time).Verify(token, await IssuerAsync(cancellationToken));
        if (check.Credential is null)
        {
            return check.Outcome is VerificationOutcome.BadSignature or VerificationOutcome.UnknownKey ? VerificationAnswer.Tampered : VerificationAnswer.Unknown;
        }

        var id = check.Credential["id"]?.GetValue<string>() is { } urn && urn.StartsWith("urn:uuid:", StringComparison.Ordinal)
            && Guid.TryParse(urn["urn:uuid:".Length..], out var parsed) ? parsed : Guid.Empty;
        var number = await db.Documents.Where(d => d.Id == id).Select(d => d.Number).SingleOrDefaultAsync(cancellationToken);
        return number is null ? VerificationAnswer.Unknown : await checks.CheckAsync(number, VerificationChannels.Credential, verifier, cancellationToken);
    }

    private async Task<TrustedIssuer> IssuerAsync(CancellationToken cancellationToken) =>
        new(IssuerDid.FromBaseUrl(options.Value.PublicUrl), await keys.GetPublishedAsync(KeyRing.Credentials, cancellationToken));
}
