using Egov.Approvals.Domain;

namespace Egov.Approvals.Documents;

/// <summary>
/// Who may open a document's card: its drafter, anyone on its line in any round (assignees, the deputies who stood
/// in, copies). Everyone else gets 404, so a document's existence does not leak to other departments.
/// </summary>
internal static class DocumentAccess
{
    public static bool MayRead(ApprovalDocument document, string official)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.DrafterNumber == official
            || document.Steps.Any(s => s.AssigneeNumber == official || s.StandInNumber == official || s.ActedByNumber == official);
    }
}
