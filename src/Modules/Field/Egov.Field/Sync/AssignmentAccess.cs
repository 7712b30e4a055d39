using Egov.Field.Api;
using Egov.Field.Data;
using Egov.Field.Domain;
using Egov.Platform.Audit;
using Microsoft.EntityFrameworkCore;

namespace Egov.Field.Sync;

/// <summary>
/// Who may see an assignment and its inspection: the inspectors named on it, and the inspection managers of its
/// agency. Anyone else finds nothing (404, as for an id that never was), and the attempt is audited: an inspection
/// names a building's defects, which its owners are entitled to have kept from strangers.
/// </summary>
internal sealed class AssignmentAccess(FieldDbContext db, IAuditLog audit)
{
    /// <summary>The assignment with its inspectors, when the caller may see it; otherwise null, audited.</summary>
    public async Task<Assignment?> FindAsync(FieldCaller caller, Guid assignmentId, CancellationToken cancellationToken)
    {
        var assignment = await db.Assignments.Include(a => a.Inspectors).SingleOrDefaultAsync(a => a.Id == assignmentId, cancellationToken);
        if (assignment is not null && MaySee(caller, assignment))
        {
            return assignment;
        }

        await audit.AppendAsync(new AuditRecord(caller.Actor, "field.assignment.refused", Reference(assignmentId)), cancellationToken);
        return null;
    }

    public static bool MaySee(FieldCaller caller, Assignment assignment) =>
        (caller.IsInspector && assignment.Inspectors.Any(i => i.EmployeeNumber == caller.EmployeeNumber))
        || (caller.IsManager && assignment.AgencyCode == caller.AgencyCode);

    public static string Reference(Guid assignmentId) => $"field-assignment:{assignmentId}";
}
