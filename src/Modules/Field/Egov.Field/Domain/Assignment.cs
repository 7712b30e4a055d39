namespace Egov.Field.Domain;

/// <summary>
/// One building to inspect, by a due date, by the inspectors named on it. The building's name, address and position
/// are copied from the register when the assignment is made: what the inspector downloads and sorts by.
/// </summary>
internal sealed class Assignment
{
    public Guid Id { get; set; }

    public Guid PlanId { get; set; }

    public required string AgencyCode { get; set; }

    public required string TemplateCode { get; set; }

    public Guid BuildingId { get; set; }

    public string? BuildingName { get; set; }

    public required string Address { get; set; }

    public required string RegionCode { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public DateOnly DueOn { get; set; }

    public AssignmentKind Kind { get; set; }

    /// <summary>For a re-inspection, the order whose correction it checks.</summary>
    public Guid? OrderId { get; set; }

    public AssignmentStatus Status { get; set; }

    public DateTime CreatedAt { get; set; }

    public List<AssignedInspector> Inspectors { get; set; } = [];

    /// <summary>The building's name, else its address: how lists and notices name it.</summary>
    public string Label => BuildingName ?? Address;
}

/// <summary>An inspector named on an assignment.</summary>
internal sealed class AssignedInspector
{
    public Guid AssignmentId { get; set; }

    public required string EmployeeNumber { get; set; }
}

internal enum AssignmentKind
{
    Regular = 0,
    Reinspection = 1,
}

internal enum AssignmentStatus
{
    Open = 0,
    Done = 1,
}
