using Egov.Collaboration.Contracts;
using Egov.Field.Api;
using Egov.Field.Data;
using Egov.Field.Sync;
using Microsoft.EntityFrameworkCore;

namespace Egov.Field.Comments;

/// <summary>
/// Lets officials comment on an assignment and its inspection (Collaboration's <c>field-assignment</c> subjects, the
/// same name the audit chain gives them): whoever may see the assignment (<see cref="AssignmentAccess"/>: its
/// inspectors and its agency's inspection managers) may read and write its comments and be mentioned in them. The
/// participants offered for a mention are its inspectors and the manager who planned it.
/// </summary>
internal sealed class AssignmentComments(FieldDbContext db, FieldCallers callers) : ICommentSubjects
{
    public const string SubjectKind = "field-assignment";

    public string Kind => SubjectKind;

    public async Task<CommentSubject?> FindAsync(string subjectId, string official, CancellationToken cancellationToken = default)
    {
        if (!Guid.TryParse(subjectId, out var id) || await callers.OfficialAsync(official, cancellationToken) is not { } caller)
        {
            return null;
        }

        var assignment = await db.Assignments.AsNoTracking().Include(a => a.Inspectors).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (assignment is null || !AssignmentAccess.MaySee(caller, assignment))
        {
            return null;
        }

        // A plan the demo seeder made names no official as its planner.
        var planner = await db.Plans.Where(p => p.Id == assignment.PlanId).Select(p => p.CreatedBy).SingleOrDefaultAsync(cancellationToken);
        var participants = assignment.Inspectors.Select(i => i.EmployeeNumber)
            .Append(planner).OfType<string>().Where(n => !n.StartsWith("system:", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
        return new CommentSubject(assignment.Label, AssignmentLinks.Page(id), participants);
    }
}

/// <summary>Where officials open an assignment.</summary>
internal static class AssignmentLinks
{
    public static string Page(Guid assignmentId) => $"/officials/field/assignments/{assignmentId}";
}
