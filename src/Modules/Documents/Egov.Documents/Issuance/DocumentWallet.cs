using Egov.Documents.Data;
using Egov.Documents.Domain;
using Egov.Platform.Audit;
using Microsoft.EntityFrameworkCore;

namespace Egov.Documents.Issuance;

/// <summary>A document in its holder's wallet, with who checked it.</summary>
internal sealed record WalletEntry(IssuedDocument Document, IReadOnlyList<Verification> Verifications);

/// <summary>
/// The holder's documents: listed newest first, downloaded, hidden. Every call names the holder, and a document
/// of someone else is simply not found, so no id in an address reaches another person's document.
/// </summary>
internal sealed class DocumentWallet(DocumentsDbContext db, IAuditLog audit)
{
    /// <summary>How many documents the wallet lists: a person rarely holds more within their verification periods.</summary>
    public const int PageSize = 50;

    public async Task<IReadOnlyList<WalletEntry>> ListAsync(Guid holderId, CancellationToken cancellationToken)
    {
        var documents = await db.Documents.AsNoTracking()
            .Where(d => d.HolderId == holderId && !d.HiddenByHolder)
            .OrderByDescending(d => d.IssuedAt).Take(PageSize)
            .ToListAsync(cancellationToken);
        var sequences = documents.Select(d => d.Sequence).ToList();
        var verifications = (await db.Verifications.AsNoTracking()
                .Where(v => sequences.Contains(v.DocumentSequence))
                .ToListAsync(cancellationToken))
            .OrderByDescending(v => v.At)
            .ToLookup(v => v.DocumentSequence);
        return [.. documents.Select(d => new WalletEntry(d, [.. verifications[d.Sequence]]))];
    }

    /// <summary>The holder's document and its files, or null when they hold no such document.</summary>
    public async Task<(IssuedDocument Document, DocumentFile Files)?> OpenAsync(Guid documentId, Guid holderId, string actor, CancellationToken cancellationToken)
    {
        var document = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == documentId && d.HolderId == holderId, cancellationToken);
        if (document is null)
        {
            return null;
        }

        var files = await db.Files.AsNoTracking().SingleAsync(f => f.Sequence == document.Sequence, cancellationToken);
        await audit.AppendAsync(new AuditRecord(actor, "documents.certificate.download", $"document:{document.Id}"), cancellationToken);
        return (document, files);
    }

    /// <summary>Hides the document from the wallet (it stays verifiable); false when they hold no such document.</summary>
    public async Task<bool> HideAsync(Guid documentId, Guid holderId, string actor, CancellationToken cancellationToken)
    {
        var hidden = await db.Documents.Where(d => d.Id == documentId && d.HolderId == holderId)
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.HiddenByHolder, true), cancellationToken);
        if (hidden == 0)
        {
            return false;
        }

        await audit.AppendAsync(new AuditRecord(actor, "documents.certificate.hide", $"document:{documentId}"), cancellationToken);
        return true;
    }
}
