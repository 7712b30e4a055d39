using Egov.Documents.Data;
using Egov.Documents.Domain;
using Egov.Platform.Audit;
using Egov.Platform.Packs;
using Egov.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Egov.Documents.Submitting;

/// <summary>Why a document was not sent: texts <c>documents.submit.refused.{code}</c>.</summary>
internal static class SubmitRefusals
{
    public const string NoDocument = "no-document";
    public const string Revoked = "revoked";
    public const string UnknownRecipient = "unknown-recipient";
    public const string UnknownPurpose = "unknown-purpose";
}

/// <summary>
/// Sends a holder's document to an institution without any file leaving the platform: the submission is recorded
/// with its notice in the outbox (one transaction), the institution's webhook is told, and the institution fetches
/// the document with its own credentials.
/// </summary>
internal sealed class DocumentSubmissions(DocumentsDbContext db, CountryPack pack, IAuditLog audit, TimeProvider time)
{
    /// <summary>Sends it; the refusal code when it cannot be sent, else null.</summary>
    public async Task<string?> SubmitAsync(Guid documentId, Guid holderId, string clientId, string? purpose, string actor, CancellationToken cancellationToken)
    {
        var document = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == documentId && d.HolderId == holderId && !d.HiddenByHolder, cancellationToken);
        if (document is null)
        {
            return SubmitRefusals.NoDocument;
        }

        if (document.IsRevoked)
        {
            return SubmitRefusals.Revoked;
        }

        if (!await db.Recipients.AnyAsync(r => r.ClientId == clientId, cancellationToken))
        {
            return SubmitRefusals.UnknownRecipient;
        }

        if (purpose is not null && pack.Documents.Find(document.TypeCode)?.Purposes.All(p => p.Code != purpose) != false)
        {
            return SubmitRefusals.UnknownPurpose;
        }

        Stage(document, clientId, purpose);
        await db.SaveChangesAsync(cancellationToken);
        await AuditAsync(document, purpose, actor, cancellationToken);
        return null;
    }

    /// <summary>
    /// Adds the submission of a document already checked to be the holder's and in force, with its webhook notice in
    /// the outbox; the caller's next SaveChanges stores both (with whatever else it changed), then it calls <see cref="AuditAsync"/>.
    /// </summary>
    public Submission Stage(IssuedDocument document, string clientId, string? purpose)
    {
        ArgumentNullException.ThrowIfNull(document);
        var now = time.GetUtcNow().UtcDateTime;
        var submission = new Submission
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()), DocumentSequence = document.Sequence, ClientId = clientId, Purpose = purpose, SubmittedAt = now,
        };
        db.Submissions.Add(submission);
        db.AddIntegrationEvent(new DocumentSubmitted(submission.Id), now);
        return submission;
    }

    public async Task AuditAsync(IssuedDocument document, string? purpose, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        await audit.AppendAsync(new AuditRecord(actor, "documents.certificate.submit", $"document:{document.Id}", Purpose: purpose), cancellationToken);
    }

    /// <summary>Each of the holder's documents' submissions, newest first, keyed by document sequence.</summary>
    public async Task<ILookup<long, Submission>> OfAsync(IReadOnlyCollection<long> sequences, CancellationToken cancellationToken) =>
        (await db.Submissions.AsNoTracking().Where(s => sequences.Contains(s.DocumentSequence)).ToListAsync(cancellationToken))
            .OrderByDescending(s => s.SubmittedAt).ToLookup(s => s.DocumentSequence);
}
