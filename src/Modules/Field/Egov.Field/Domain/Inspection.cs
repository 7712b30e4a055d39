namespace Egov.Field.Domain;

/// <summary>
/// The inspection of an assignment (one per assignment), on the template version it started on. Its items hold the
/// winning value of each checklist item; the values that lost a conflict are in <see cref="ItemHistory"/>.
/// </summary>
internal sealed class Inspection
{
    public Guid Id { get; set; }

    public Guid AssignmentId { get; set; }

    public required string TemplateCode { get; set; }

    public int TemplateVersion { get; set; }

    public DateTime StartedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public DateTime? CompletedAt { get; set; }

    public string? CompletedBy { get; set; }

    /// <summary>Where the device was when the inspection was completed (WGS 84), when it could tell.</summary>
    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    /// <summary>
    /// The approval document the report was drafted as (in the name of <see cref="CompletedBy"/>); null until drafted.
    /// A completed inspection without one is drafted right after completion, or by the hourly job.
    /// </summary>
    public Guid? ReportDocumentId { get; set; }

    public List<InspectionItem> Items { get; set; } = [];
}

/// <summary>The current value of one checklist item.</summary>
internal sealed class InspectionItem
{
    public Guid InspectionId { get; set; }

    public required string ItemCode { get; set; }

    public ItemOutcome Outcome { get; set; }

    public decimal? Reading { get; set; }

    public string? Note { get; set; }

    /// <summary>Client ids of the photos taken for it.</summary>
    public List<Guid> Photos { get; set; } = [];

    /// <summary>When the device recorded it (the device's clock): the conflict rule compares these.</summary>
    public DateTime RecordedAt { get; set; }

    public required string RecordedBy { get; set; }

    public required string DeviceId { get; set; }

    public Guid SubmissionId { get; set; }
}

/// <summary>A value of an item that lost to a later one, kept so nobody's work disappears silently.</summary>
internal sealed class ItemHistory
{
    public Guid Id { get; set; }

    public Guid InspectionId { get; set; }

    public required string ItemCode { get; set; }

    public ItemOutcome Outcome { get; set; }

    public decimal? Reading { get; set; }

    public string? Note { get; set; }

    public DateTime RecordedAt { get; set; }

    public required string RecordedBy { get; set; }

    public required string DeviceId { get; set; }

    public Guid SubmissionId { get; set; }

    /// <summary>The submission whose value won over this one.</summary>
    public Guid SupersededBy { get; set; }

    public DateTime ArchivedAt { get; set; }
}

internal enum ItemOutcome
{
    Pass = 0,
    Fail = 1,
    NotApplicable = 2,
}
