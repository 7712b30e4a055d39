namespace Egov.Approvals.Domain;

/// <summary>Why the document refused an action; the handlers turn each into a problem (403, 409, 422) and a message.</summary>
internal enum ApprovalRefusal
{
    /// <summary>Only the drafter may do this.</summary>
    NotDrafter = 1,

    /// <summary>The official is neither the step's assignee nor standing in for them.</summary>
    NotAssignee = 2,

    /// <summary>The step is not waiting for an action (not its turn, already acted, or of an earlier round).</summary>
    StepNotOpen = 3,

    /// <summary>The document is not in a state that allows this (submitting twice, acting on a returned one…).</summary>
    WrongStatus = 4,

    /// <summary>Withdrawal came too late: a step of the line has already acted.</summary>
    AlreadyActed = 5,

    /// <summary>The approval line breaks a rule of <see cref="ApprovalLine"/>.</summary>
    InvalidLine = 6,

    /// <summary>A return needs an opinion saying why.</summary>
    OpinionRequired = 7,

    /// <summary>A document needs a title and content.</summary>
    EmptyBody = 8,
}
