namespace Egov.Approvals.Domain;

/// <summary>
/// One step of a document's approval line in one round. Steps with the same <see cref="Order"/> act in parallel
/// (a co-approval group); a round's steps are never deleted, a new round (resubmission) adds new ones.
/// </summary>
internal sealed class ApprovalStep
{
    private ApprovalStep()
    {
    }

    public Guid Id { get; private set; }

    public Guid DocumentId { get; private set; }

    public int Round { get; private set; }

    public int Order { get; private set; }

    public StepKind Kind { get; private set; }

    public string AssigneeNumber { get; private set; } = "";

    public string AssigneeName { get; private set; } = "";

    /// <summary>The department the assignee acts for (a co-approval's department).</summary>
    public Guid DepartmentId { get; private set; }

    /// <summary>The final approval is given below the agency's head by the delegation table (전결).</summary>
    public bool IsDelegated { get; private set; }

    /// <summary>Who stood in for the assignee (on leave) when the step became pending; they find it in their inbox.</summary>
    public string? StandInNumber { get; set; }

    public StepState State { get; private set; }

    public string? ActedByNumber { get; private set; }

    public string? ActedByName { get; private set; }

    /// <summary>The step was acted on by a deputy while the assignee was on leave (대결).</summary>
    public bool IsProxy { get; private set; }

    public DateTime? ActedAt { get; private set; }

    /// <summary>When its turn came (it became pending): the order of the "to approve" inbox.</summary>
    public DateTime? OpenedAt { get; private set; }

    public string? Opinion { get; private set; }

    public bool IsOpen => State is StepState.Pending or StepState.Held;

    public bool HasActed => State is StepState.Held or StepState.Approved or StepState.Returned;

    public static ApprovalStep Create(Guid documentId, int round, LineStep spec) => new()
    {
        Id = Guid.CreateVersion7(),
        DocumentId = documentId,
        Round = round,
        Order = spec.Order,
        Kind = spec.Kind,
        AssigneeNumber = spec.Assignee.Number,
        AssigneeName = spec.Assignee.Name,
        DepartmentId = spec.DepartmentId,
        IsDelegated = spec.IsDelegated,
        State = spec.Kind == StepKind.Copy ? StepState.Informed : StepState.Waiting,
    };

    public LineStep Spec => new(Kind, Order, new Official(AssigneeNumber, AssigneeName), DepartmentId, IsDelegated);

    internal void Open(DateTime at)
    {
        State = StepState.Pending;
        OpenedAt = at;
    }

    internal void Stop() => State = StepState.Stopped;

    internal void Act(StepState outcome, Official by, bool proxy, string? opinion, DateTime at)
    {
        State = outcome;
        ActedByNumber = by.Number;
        ActedByName = by.Name;
        IsProxy = proxy;
        Opinion = opinion;
        ActedAt = at;
    }
}

/// <summary>A step as the drafter (or the proposal) lays it out, before it belongs to a round.</summary>
/// <param name="Kind">What the step does.</param>
/// <param name="Order">Its place; equal places act in parallel.</param>
/// <param name="Assignee">Who acts.</param>
/// <param name="DepartmentId">The department they act for.</param>
/// <param name="IsDelegated">For the final step: given below the agency's head (전결).</param>
internal sealed record LineStep(StepKind Kind, int Order, Official Assignee, Guid DepartmentId, bool IsDelegated = false);
