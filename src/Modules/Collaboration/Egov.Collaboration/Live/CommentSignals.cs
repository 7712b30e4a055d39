using Egov.Collaboration.Comments;
using Microsoft.AspNetCore.SignalR;

namespace Egov.Collaboration.Live;

/// <summary>After a comment is saved, tells the subject's open panels, and the officials it newly names.</summary>
internal sealed class CommentSignals(IHubContext<CommentsHub> hub)
{
    public Task ChangedAsync(OpenSubject subject, CancellationToken cancellationToken) =>
        hub.Clients.Group(CommentsHub.SubjectGroup(subject.Kind, subject.Id)).SendAsync(CommentsHub.ChangedMessage, cancellationToken);

    public Task MentionedAsync(IReadOnlyList<string> officials, CancellationToken cancellationToken) =>
        officials.Count == 0 ? Task.CompletedTask
            : hub.Clients.Groups(officials.Select(CommentsHub.OfficialGroup).ToList()).SendAsync(CommentsHub.MentionedMessage, cancellationToken);
}
