using Egov.Documents.Data;
using Egov.Documents.Domain;
using Egov.Platform.Audit;
using Microsoft.EntityFrameworkCore;

namespace Egov.Documents.Issuance;

/// <summary>A document in its holder's wallet: how often it was checked, and the latest checks (newest first).</summary>
internal sealed record WalletEntry(IssuedDocument Document, int VerificationCount, IReadOnlyList<Verification> RecentVerifications);

/// <summary>
/// The holder's documents: listed newest first, downloaded, hidden. Every call names the holder, and a document
/// of someone else is simply not found, so no id in an address reaches another person's document.
/// </summary>
internal sealed class DocumentWallet(DocumentsDbContext db, IAuditLog audit)
{
    /// <summary>How many documents the wallet lists: a person rarely holds more within their verification periods.</summary>
    public const int PageSize = 50;

    /// <summary>How many of a document's latest checks are listed; a much-checked document shows its count besides.</summary>
    public const int RecentChecks = 5;

    public async Task<IReadOnlyList<WalletEntry>> ListAsync(Guid holderId, CancellationToken cancellationToken)
    {
        var documents = await db.Documents.AsNoTracking()
            .Where(d => d.HolderId == holderId && !d.HiddenByHolder)
            .OrderByDescending(d => d.IssuedAt).Take(PageSize)
            .ToListAsync(cancellationToken);
        var sequences = documents.Select(d => d.Sequence).ToList();
        var counts = await db.Verifications.AsNoTracking()
            .Where(v => sequences.Contains(v.DocumentSequence))
            .GroupBy(v => v.DocumentSequence)
            .Select(g => new { Sequence = g.Key, Count = g.Count() })
            .ToDictionaryAsync(c => c.Sequence, c => c.Count, cancellationToken);
        var entries = new List<WalletEntry>(documents.Count);
        foreach (var document in documents)
        {
            // Only checked documents cost a query: most of a wallet has none.
            var recent = counts.ContainsKey(document.Sequence)
                ? await db.Verifications.AsNoTracking().Where(v => v.DocumentSequence == document.Sequence)
                    .OrderByDescending(v => v.At).Take(RecentChecks).ToListAsync(cancellationToken)
                : [];
            entries.Add(new WalletEntry(document, counts.GetValueOrDefault(document.Sequence), recent));
        }

        return entries;
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
