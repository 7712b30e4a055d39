using System.Security.Cryptography;
using System.Text.Json;
using Egov.Field.Api;
using Egov.Field.Data;
using Egov.Field.Domain;
using Egov.Field.Findings;
using Egov.Field.Templates;
using Egov.Platform.Audit;
using Microsoft.EntityFrameworkCore;

namespace Egov.Field.Sync;

/// <summary>What became of an upload.</summary>
internal enum UploadOutcome
{
    Stored,
    NotFound,
    NotAnInspector,
    Invalid,
    Conflict,
}

/// <summary>An upload's answer: the inspection as stored, or why not.</summary>
internal sealed record UploadAnswer(UploadOutcome Outcome, InspectionState? State = null, IDictionary<string, string[]>? Errors = null, string? Detail = null);

/// <summary>
/// Takes inspection results uploaded by a device. Idempotent by the device's id for the upload: the same upload
/// again gets the answer it got the first time and stores nothing more; the same id with other content is refused.
/// Items merge by <see cref="ItemMerge"/>'s rule until the inspection is completed; after that an upload is
/// refused with 409 and the server's version (the orders have gone out on the completed results, and the report was
/// drafted from them).
/// </summary>
internal sealed class InspectionSync(
    FieldDbContext db, AssignmentAccess access, TemplateStore templates, CorrectiveOrders orders, AfterCompletion after, IAuditLog audit, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<UploadAnswer> SubmitAsync(FieldCaller caller, Guid clientId, InspectionUpload upload, CancellationToken cancellationToken)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(upload, Json)));
        if (await ReplayAsync(caller, clientId, hash, cancellationToken) is { } replay)
        {
            return replay;
        }

        if (await access.FindAsync(caller, upload.AssignmentId, cancellationToken) is not { } assignment)
        {
            return new UploadAnswer(UploadOutcome.NotFound);
        }

        if (!assignment.Inspectors.Any(i => i.EmployeeNumber == caller.EmployeeNumber) || !caller.IsInspector)
        {
            return new UploadAnswer(UploadOutcome.NotAnInspector);
        }

        var inspection = await db.Inspections.Include(i => i.Items).SingleOrDefaultAsync(i => i.AssignmentId == assignment.Id, cancellationToken);
        if (inspection is { CompletedAt: not null })
        {
            return new UploadAnswer(UploadOutcome.Conflict, State(inspection, []), Detail: "The inspection was completed: its results are final.");
        }

        if (inspection is not null && (inspection.TemplateCode != upload.TemplateCode || inspection.TemplateVersion != upload.TemplateVersion))
        {
            return new UploadAnswer(UploadOutcome.Conflict, State(inspection, []),
                Detail: $"The inspection started on {inspection.TemplateCode} version {inspection.TemplateVersion}; fill that version.");
        }

        var template = upload.TemplateCode == assignment.TemplateCode ? await templates.FindAsync(assignment.TemplateCode, upload.TemplateVersion, cancellationToken) : null;
        if (template is null)
        {
            return new UploadAnswer(UploadOutcome.Invalid, Errors: new Dictionary<string, string[]>
            {
                ["templateVersion"] = [$"The assignment is inspected with {assignment.TemplateCode}; version {upload.TemplateVersion} of it was never served."],
            });
        }

        var (items, errors) = UploadCheck.Check(upload, template);
        if (errors.Count > 0)
        {
            return new UploadAnswer(UploadOutcome.Invalid, Errors: errors);
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (inspection is null)
        {
            inspection = new Inspection { Id = Guid.NewGuid(), AssignmentId = assignment.Id, TemplateCode = template.Code, TemplateVersion = template.Version, StartedAt = now };
            db.Inspections.Add(inspection);
        }

        var lost = ItemMerge.Apply(inspection, items, clientId, caller.EmployeeNumber, upload.DeviceId!, now, db.History.Local);
        inspection.UpdatedAt = now;
        if (upload.Complete)
        {
            var arrived = await db.Photos.Where(p => p.AssignmentId == assignment.Id && p.CompletedAt != null)
                .Select(p => p.ClientId).ToListAsync(cancellationToken);
            var missing = UploadCheck.CompletionErrors(inspection.Items, template, arrived.ToHashSet());
            if (missing.Count > 0)
            {
                return new UploadAnswer(UploadOutcome.Invalid, Errors: missing);
            }

            inspection.CompletedAt = now;
            inspection.CompletedBy = caller.EmployeeNumber;
            inspection.Latitude = upload.Position?.Latitude;
            inspection.Longitude = upload.Position?.Longitude;
            assignment.Status = AssignmentStatus.Done;
            await orders.IssueAsync(assignment, inspection, template, now, cancellationToken);
        }

        var state = State(inspection, lost);
        db.Submissions.Add(new Submission
        {
            Id = clientId, AssignmentId = assignment.Id, SubmittedBy = caller.EmployeeNumber, ContentHash = hash, Status = 200,
            Answer = JsonSerializer.Serialize(state, Json), ReceivedAt = now,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same upload arrived twice at once (a retry racing the original): the one stored answers both.
            db.ChangeTracker.Clear();
            if (await ReplayAsync(caller, clientId, hash, cancellationToken) is { } stored)
            {
                return stored;
            }

            throw;
        }

        await audit.AppendAsync(new AuditRecord(caller.Actor, upload.Complete ? "field.inspection.completed" : "field.inspection.submitted",
            InspectionReference(inspection.Id)), cancellationToken);
        if (upload.Complete)
        {
            await after.RunAsync(inspection.Id, cancellationToken);
        }

        return new UploadAnswer(UploadOutcome.Stored, state);
    }

    /// <summary>The inspection of an assignment the caller may see (null when none was started yet), read audited.</summary>
    public async Task<(bool Found, InspectionState? State)> ReadAsync(FieldCaller caller, Guid assignmentId, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(caller, assignmentId, cancellationToken) is null)
        {
            return (false, null);
        }

        var inspection = await db.Inspections.AsNoTracking().Include(i => i.Items).SingleOrDefaultAsync(i => i.AssignmentId == assignmentId, cancellationToken);
        await audit.AppendAsync(new AuditRecord(caller.Actor, "field.inspection.read", AssignmentAccess.Reference(assignmentId)), cancellationToken);
        return (true, inspection is null ? null : State(inspection, []));
    }

    public static string InspectionReference(Guid id) => $"field-inspection:{id}";

    private async Task<UploadAnswer?> ReplayAsync(FieldCaller caller, Guid clientId, string hash, CancellationToken cancellationToken)
    {
        var earlier = await db.Submissions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == clientId, cancellationToken);
        if (earlier is null)
        {
            return null;
        }

        return earlier.SubmittedBy == caller.EmployeeNumber && earlier.ContentHash == hash
            ? new UploadAnswer(UploadOutcome.Stored, JsonSerializer.Deserialize<InspectionState>(earlier.Answer, Json))
            : new UploadAnswer(UploadOutcome.Conflict, Detail: "This client id was used for another upload: give every upload its own id.");
    }

    private static InspectionState State(Inspection inspection, IReadOnlyList<string> lost) => new(
        inspection.Id, inspection.AssignmentId, inspection.TemplateCode, inspection.TemplateVersion, inspection.CompletedAt is null ? "in-progress" : "completed",
        inspection.CompletedAt,
        [.. inspection.Items.OrderBy(i => i.ItemCode, StringComparer.Ordinal).Select(i => new ItemState(
            i.ItemCode, ItemOutcomes.Name(i.Outcome), i.Reading, i.Note, i.Photos, i.RecordedAt, i.RecordedBy, i.DeviceId))],
        lost);
}
