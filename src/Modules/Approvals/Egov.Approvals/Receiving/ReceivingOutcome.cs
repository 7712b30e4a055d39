using Egov.Approvals.Documents;
using Egov.Approvals.Domain;

namespace Egov.Approvals.Receiving;

/// <summary>What became of a step of receiving: done, not found (404), forbidden (403, audited) or refused by the rules.</summary>
internal sealed record ReceivingOutcome(ActionStatus Status, DispatchRefusal? Refusal = null)
{
    public static ReceivingOutcome Done { get; } = new(ActionStatus.Done);

    public static ReceivingOutcome NotFound { get; } = new(ActionStatus.NotFound);

    public static ReceivingOutcome Forbidden { get; } = new(ActionStatus.Forbidden);

    public static ReceivingOutcome Refused(DispatchRefusal refusal) => new(ActionStatus.Refused, refusal);
}
