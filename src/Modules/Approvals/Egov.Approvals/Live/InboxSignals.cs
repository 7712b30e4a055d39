using Egov.Approvals.Domain;
using Microsoft.AspNetCore.SignalR;

namespace Egov.Approvals.Live;

/// <summary>
/// After a change is saved, tells everyone whose lists it touches: the drafter, the line and its stand-ins; on final
/// approval the records officers of the recipient agencies; on a step of receiving, those officers and the department
/// the document was handed to.
/// </summary>
internal sealed class InboxSignals(IHubContext<ApprovalsHub> hub)
{
    public Task ChangedAsync(ApprovalDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var groups = document.CurrentLine.SelectMany(s => new[] { s.AssigneeNumber, s.StandInNumber })
            .Append(document.DrafterNumber).OfType<string>().Distinct(StringComparer.Ordinal).Select(ApprovalsHub.Group);
        if (document.Status == DocumentStatus.Approved)
        {
            groups = groups.Concat(document.RecipientAgencies.Select(ApprovalsHub.RecordsGroup));
        }

        return hub.Clients.Groups([.. groups]).SendAsync(ApprovalsHub.ChangedMessage, cancellationToken);
    }

    public Task DispatchChangedAsync(Dispatch dispatch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dispatch);
        List<string> groups = [ApprovalsHub.RecordsGroup(dispatch.ToAgencyCode)];
        if (dispatch.DepartmentId is { } department)
        {
            groups.Add(ApprovalsHub.DepartmentGroup(department));
        }

        return hub.Clients.Groups(groups).SendAsync(ApprovalsHub.ChangedMessage, cancellationToken);
    }
}
