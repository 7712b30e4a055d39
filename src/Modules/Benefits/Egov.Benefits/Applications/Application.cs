namespace Egov.Benefits.Applications;

/// <summary>What a person submitted at once: one benefit, or a bundle (every birth benefit of a newborn).</summary>
internal sealed class Application
{
    public Guid Id { get; set; }

    /// <summary>The resident who applied (for themselves or for their minor child).</summary>
    public Guid ApplicantId { get; set; }

    /// <summary>The bundle applied through (<c>birth</c>, <c>moving</c>, <c>bereavement</c>), or null for a single benefit.</summary>
    public string? Bundle { get; set; }

    /// <summary>Whom a life-event bundle concerns when it is not the applicant: the deceased of a bereavement inquiry.</summary>
    public Guid? SubjectId { get; set; }

    /// <summary>What the agencies are told, when the bundle carries it: the new region of a move.</summary>
    public string? Detail { get; set; }

    /// <summary>Makes a life-event bundle once only (<c>moving:sequence</c>, <c>bereavement:deceased:applicant</c>); null otherwise.</summary>
    public string? Key { get; set; }

    public DateTime SubmittedAt { get; set; }
}

/// <summary>The part of an application one agency decides: a case in that agency's queue.</summary>
internal sealed class AgencyCase
{
    public Guid Id { get; set; }

    public Guid ApplicationId { get; set; }

    /// <summary>The agency's pack code.</summary>
    public required string Agency { get; set; }

    /// <summary><see cref="CaseStatus"/>.</summary>
    public required string Status { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>The official's reason for granting or refusing, shown to the applicant.</summary>
    public string? Reason { get; set; }

    /// <summary>The deciding official (<c>account:id</c>).</summary>
    public string? DecidedBy { get; set; }

    public DateTime? DecidedAt { get; set; }
}

/// <summary>One benefit claimed for one beneficiary within a case.</summary>
internal sealed class Claim
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public Guid BeneficiaryId { get; set; }

    public required string BenefitCode { get; set; }

    public decimal? Amount { get; set; }

    /// <summary>The day payment stopped (the beneficiary died), or null while it runs.</summary>
    public DateOnly? StoppedOn { get; set; }
}

/// <summary>A case is submitted, then granted or refused by its agency.</summary>
internal static class CaseStatus
{
    public const string Submitted = "submitted";
    public const string Granted = "granted";
    public const string Refused = "refused";
}
