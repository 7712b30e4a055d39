using Egov.Approvals.Domain;

namespace Egov.Approvals.Documents;

/// <summary>What became of an official's action on a document.</summary>
internal enum ActionStatus
{
    Done = 0,

    /// <summary>No such document (or step) for this official: 404.</summary>
    NotFound = 1,

    /// <summary>The official may not act here: 403, and the attempt is audited.</summary>
    Forbidden = 2,

    /// <summary>The document's rules refused it (<see cref="ActionOutcome.Refusal"/>): 409 or 422.</summary>
    Refused = 3,
}

/// <summary>The outcome, with the document as saved when done.</summary>
internal sealed record ActionOutcome(ActionStatus Status, ApprovalRefusal? Refusal = null, ApprovalDocument? Document = null)
{
    public static ActionOutcome NotFound { get; } = new(ActionStatus.NotFound);

    public static ActionOutcome Forbidden { get; } = new(ActionStatus.Forbidden);

    public static ActionOutcome Refused(ApprovalRefusal refusal) => new(ActionStatus.Refused, refusal);
}
