using Egov.Approvals.Contracts;
using Egov.Field.Data;
using Egov.Field.Sync;
using Egov.Platform.Packs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Egov.Field.Reports;

/// <summary>
/// Drafts completed inspections' reports as approval documents in the name of the inspector who completed each, on
/// the line the delegation table proposes, left a draft for them to review and submit. The approvals module keys the
/// draft by the inspection: asked again (a crash after drafting and before the document's id was saved here, a job
/// retried), it answers with the same document, so a report is never drafted twice; an inspection whose report could
/// not be drafted (the inspector's department has no approver today) stays pending for the hourly job.
/// </summary>
internal sealed partial class InspectionReports(FieldDbContext db, ReportWriter writer, IApprovalDrafts drafts, CountryPack pack, ILogger<InspectionReports> logger)
{
    /// <summary>The approvals module keeps the field module's drafts under this system name.</summary>
    public const string SourceSystem = "field";

    /// <summary>Drafts the reports not drafted yet (of one inspection, or all); returns how many were drafted.</summary>
    public async Task<int> DraftPendingAsync(Guid? inspectionId, CancellationToken cancellationToken)
    {
        if (pack.Field.Report.DocumentType is not { } documentType)
        {
            return 0;
        }

        var pending = await db.Inspections.Include(i => i.Items)
            .Where(i => i.CompletedAt != null && i.ReportDocumentId == null && (inspectionId == null || i.Id == inspectionId))
            .OrderBy(i => i.CompletedAt).ToListAsync(cancellationToken);
        var drafted = 0;
        foreach (var inspection in pending)
        {
            try
            {
                var report = await writer.WriteAsync(inspection, cancellationToken);
                var result = await drafts.DraftAsync(new ApprovalDraftRequest(
                    inspection.CompletedBy!, documentType, report.Title, report.Content, SourceSystem, InspectionSync.InspectionReference(inspection.Id)), cancellationToken);
                if (result.DocumentId is not { } documentId)
                {
                    LogRefused(logger, inspection.Id, string.Join("; ", result.Errors.Select(e => $"{e.Key}: {e.Value}")));
                    continue;
                }

                inspection.ReportDocumentId = documentId;
                await db.SaveChangesAsync(cancellationToken);
                drafted++;
            }
            catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException)
            {
                LogFailed(logger, inspection.Id, ex);
            }
        }

        return drafted;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The report of inspection {InspectionId} was refused by approvals ({Errors}); the hourly job will try again")]
    private static partial void LogRefused(ILogger logger, Guid inspectionId, string errors);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The report of inspection {InspectionId} could not be drafted yet; the hourly job will try again")]
    private static partial void LogFailed(ILogger logger, Guid inspectionId, Exception exception);
}
