namespace Egov.Approvals.Domain;

/// <summary>Where a document stands.</summary>
internal enum DocumentStatus
{
    /// <summary>Written, not yet submitted (기안 중): the drafter may change it and its line.</summary>
    Draft = 0,

    /// <summary>Submitted (상신): steps of its line are acting on it.</summary>
    InProgress = 1,

    /// <summary>Returned to the drafter (반려) with an opinion: the line stopped.</summary>
    Returned = 2,

    /// <summary>Taken back by the drafter (회수) before anyone acted: the line stopped.</summary>
    Withdrawn = 3,

    /// <summary>Finally approved (결재 완료): numbered and in force; nothing changes it any more.</summary>
    Approved = 4,
}

/// <summary>What a step of the line does.</summary>
internal enum StepKind
{
    /// <summary>Review (검토) by a head on the way up.</summary>
    Review = 0,

    /// <summary>Co-approval (협조/합의) by another department; its refusal stops the line like any return.</summary>
    CoApproval = 1,

    /// <summary>Final approval (결재) at the post the delegation table gives.</summary>
    Final = 2,

    /// <summary>Carbon copy (참조): informed, never acts.</summary>
    Copy = 3,
}

/// <summary>Where a step stands.</summary>
internal enum StepState
{
    /// <summary>Not yet its turn.</summary>
    Waiting = 0,

    /// <summary>Its turn: the assignee (or their stand-in) may act.</summary>
    Pending = 1,

    /// <summary>Held (보류) by the assignee, who may still approve or return it.</summary>
    Held = 2,

    /// <summary>Approved (or agreed, for a co-approval).</summary>
    Approved = 3,

    /// <summary>Returned to the drafter with an opinion.</summary>
    Returned = 4,

    /// <summary>Never acted: the line stopped (a return, a withdrawal) or a new round replaced it.</summary>
    Stopped = 5,

    /// <summary>A carbon copy: no action.</summary>
    Informed = 6,
}
