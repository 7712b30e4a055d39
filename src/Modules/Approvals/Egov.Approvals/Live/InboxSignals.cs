using Egov.Approvals.Domain;
using Microsoft.AspNetCore.SignalR;

namespace Egov.Approvals.Live;

/// <summary>After a change is saved, tells everyone whose inbox it touches: the drafter, the line and its stand-ins.</summary>
internal sealed class InboxSignals(IHubContext<ApprovalsHub> hub)
{
    public Task ChangedAsync(ApprovalDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var officials = document.CurrentLine.SelectMany(s => new[] { s.AssigneeNumber, s.StandInNumber })
            .Append(document.DrafterNumber).OfType<string>().Distinct(StringComparer.Ordinal).Select(ApprovalsHub.Group).ToList();
        return hub.Clients.Groups(officials).SendAsync(ApprovalsHub.ChangedMessage, cancellationToken);
    }
}
