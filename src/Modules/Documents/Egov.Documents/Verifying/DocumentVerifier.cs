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
/// shows in every answer at once. Each check of a known document is recorded for its holder (<see cref="VerificationLog"/>)
/// before it is answered.
/// </summary>
internal sealed class DocumentVerifier(DocumentsDbContext db, VerificationLog log, IKeyStore keys, IOptions<DocumentsOptions> options, TimeProvider time)
{
    // Compiled once: the public API's hottest read skips LINQ's parameter extraction and the query-cache look-up.
    private static readonly Func<DocumentsDbContext, string, CancellationToken, Task<IssuedDocument?>> FindByNumberAsync =
        EF.CompileAsyncQuery((DocumentsDbContext db, string number, CancellationToken _) => db.Documents.AsNoTracking().SingleOrDefault(d => d.Number == number));

    public async Task<VerificationAnswer> ByNumberAsync(string? typed, string? verifier, CancellationToken cancellationToken)
    {
        var number = DocumentNumber.Normalize(typed);
        var document = number is null ? null : await FindByNumberAsync(db, number, cancellationToken);
        return await AnswerAsync(document, VerificationChannels.Number, verifier, cancellationToken);
    }

    public async Task<VerificationAnswer> ByPdfAsync(byte[] pdf, string? verifier, CancellationToken cancellationToken)
    {
        var roots = (await keys.GetPublishedAsync(KeyRing.IssuingCa, cancellationToken)).Select(k => k.Certificate).ToList();
        var check = new PdfSignatureVerifier(roots, time).Check(pdf);
        if (check.Outcome != PdfCheckOutcome.Valid)
        {
            return check.Outcome == PdfCheckOutcome.NotAPdf ? VerificationAnswer.Unknown : VerificationAnswer.Tampered;
        }

        var document = check.DocumentNumber is { } number
            ? await FindByNumberAsync(db, number, cancellationToken)
            : null;
        return await AnswerAsync(document, VerificationChannels.Pdf, verifier, cancellationToken);
    }

    public async Task<VerificationAnswer> ByQrAsync(string? payload, string? verifier, CancellationToken cancellationToken)
    {
        var check = OfflinePayload.Verify(payload, await IssuerAsync(cancellationToken), time.GetUtcNow());
        if (check.Claims is not { } claims)
        {
            return check.Outcome is VerificationOutcome.BadSignature or VerificationOutcome.UnknownKey ? VerificationAnswer.Tampered : VerificationAnswer.Unknown;
        }

        var document = await FindByNumberAsync(db, claims.DocumentNumber, cancellationToken);
        // A genuine payload whose facts differ from the stored ones cannot happen unless the database was changed: say so.
        if (document is not null && !OfflinePayload.FactsDigest(JsonNode.Parse(document.Facts)!).AsSpan().SequenceEqual(claims.FactsDigest))
        {
            return VerificationAnswer.Tampered;
        }

        return await AnswerAsync(document, VerificationChannels.Qr, verifier, cancellationToken);
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
        var document = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        return await AnswerAsync(document, VerificationChannels.Credential, verifier, cancellationToken);
    }

    private async Task<TrustedIssuer> IssuerAsync(CancellationToken cancellationToken) =>
        new(IssuerDid.FromBaseUrl(options.Value.PublicUrl), await keys.GetPublishedAsync(KeyRing.Credentials, cancellationToken));

    private async Task<VerificationAnswer> AnswerAsync(IssuedDocument? document, string channel, string? verifier, CancellationToken cancellationToken)
    {
        if (document is null)
        {
            return VerificationAnswer.Unknown;
        }

        var now = time.GetUtcNow();
        var status = DocumentStatuses.Of(document, now);
        await log.RecordAsync(new Verification
        {
            DocumentSequence = document.Sequence, At = now.UtcDateTime, Channel = channel, Verifier = verifier, Outcome = status.ToString().ToLowerInvariant(),
        }, cancellationToken);
        return new VerificationAnswer(status, document);
    }
}
