using Egov.Documents.Data;
using Egov.Platform.Events;
using Egov.Registries.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Egov.Documents.Verifying;

/// <summary>
/// A corrected register entry withdraws every document that printed the wrong one: each still-standing document
/// issued before the correction that shows the person (as subject, household member, relative, owner or
/// representative) is revoked, so its status list bit and every verification answer say so from then on.
/// </summary>
internal sealed class CorrectionRevocation(DocumentsDbContext db, TimeProvider time) : IIntegrationEventHandler<EntryCorrected>
{
    public const string RegisterCorrection = "register-correction";

    public async Task HandleAsync(EntryCorrected integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        ArgumentNullException.ThrowIfNull(context);
        var now = time.GetUtcNow().UtcDateTime;
        // Issued after the correction was recorded means printed from the corrected entry: those stand.
        var correctedAt = context.OccurredAtUtc;
        var shown = db.ShownPeople.Where(p => p.ResidentId == integrationEvent.Resident.Value).Select(p => p.DocumentSequence);
        await db.Documents
            .Where(d => d.RevokedAt == null && d.IssuedAt <= correctedAt && shown.Contains(d.Sequence))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.RevokedAt, now).SetProperty(d => d.RevocationReason, RegisterCorrection), cancellationToken);
    }
}
