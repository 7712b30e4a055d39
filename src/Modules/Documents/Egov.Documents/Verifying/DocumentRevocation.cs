using Egov.Documents.Data;
using Egov.Documents.Domain;
using Egov.Platform.Audit;
using Microsoft.EntityFrameworkCore;

namespace Egov.Documents.Verifying;

/// <summary>Revokes documents: the status lists and every verification answer follow at once, as both read the table.</summary>
internal sealed class DocumentRevocation(DocumentsDbContext db, IAuditLog audit, TimeProvider time)
{
    public const string HolderRequest = "holder-request";

    /// <summary>The holder revokes one of their documents; false when they hold no such document.</summary>
    public async Task<bool> RevokeByHolderAsync(Guid documentId, Guid holderId, string actor, CancellationToken cancellationToken)
    {
        var document = await db.Documents.SingleOrDefaultAsync(d => d.Id == documentId && d.HolderId == holderId, cancellationToken);
        if (document is null)
        {
            return false;
        }

        if (!document.IsRevoked)
        {
            document.RevokedAt = time.GetUtcNow().UtcDateTime;
            document.RevocationReason = HolderRequest;
            await db.SaveChangesAsync(cancellationToken);
            await audit.AppendAsync(new AuditRecord(actor, "documents.certificate.revoke", $"document:{document.Id}"), cancellationToken);
        }

        return true;
    }
}
