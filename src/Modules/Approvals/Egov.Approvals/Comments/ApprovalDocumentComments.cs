using Egov.Approvals.Contracts;
using Egov.Approvals.Documents;
using Egov.Collaboration.Contracts;

namespace Egov.Approvals.Comments;

/// <summary>
/// Lets officials comment on approval documents (Collaboration's <c>approval-document</c> subjects): whoever may open
/// the card (<see cref="DocumentAccess"/>) may read and write its comments; the participants offered for a mention
/// are the drafter, the line's assignees and copies, and the deputies who stood in.
/// </summary>
internal sealed class ApprovalDocumentComments(DocumentStore store) : ICommentSubjects
{
    public string Kind => "approval-document";

    public async Task<CommentSubject?> FindAsync(string subjectId, string official, CancellationToken cancellationToken = default)
    {
        if (!Guid.TryParse(subjectId, out var id) || await store.FindAsync(id, cancellationToken) is not { } document
            || !DocumentAccess.MayRead(document, official))
        {
            return null;
        }

        var participants = document.Steps.SelectMany(s => new[] { s.AssigneeNumber, s.StandInNumber, s.ActedByNumber })
            .Prepend(document.DrafterNumber).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return new CommentSubject(document.Latest.Body.Title, ApprovalDocumentLinks.Card(id), participants);
    }
}
