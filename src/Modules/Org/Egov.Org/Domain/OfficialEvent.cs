namespace Egov.Org.Domain;

/// <summary>
/// One line of an official's history (인사 기록): appointed, transferred, on leave, back, departed. Append-only: a
/// correction is a new line, so the record always shows what was decided and when.
/// </summary>
internal sealed class OfficialEvent
{
    public Guid Id { get; set; }

    public Guid OfficialId { get; set; }

    public OfficialEventKind Kind { get; set; }

    /// <summary>The day it took effect (the first day of a leave).</summary>
    public DateOnly On { get; set; }

    /// <summary>Where they serve from that day (appointment, transfer).</summary>
    public Guid? DepartmentId { get; set; }

    public string? PostCode { get; set; }

    public string? GradeCode { get; set; }

    /// <summary>The last day of a leave.</summary>
    public DateOnly? Until { get; set; }

    /// <summary>The deputy of a leave.</summary>
    public Guid? DeputyId { get; set; }

    /// <summary>Who recorded it (<c>account:&lt;id&gt;</c>, or <c>system:org</c> for seeding).</summary>
    public required string RecordedBy { get; set; }

    public DateTime RecordedAt { get; set; }
}

/// <summary>What happened to an official.</summary>
internal enum OfficialEventKind
{
    Appointment = 0,
    Transfer = 1,
    Leave = 2,
    Return = 3,
    Departure = 4,
}
