namespace Egov.Field.Domain;

/// <summary>A failed item's corrective-action order to the building's owners, with its deadline and re-inspection.</summary>
internal sealed class CorrectiveOrder
{
    public Guid Id { get; set; }

    public Guid InspectionId { get; set; }

    public Guid AssignmentId { get; set; }

    public required string AgencyCode { get; set; }

    public Guid BuildingId { get; set; }

    public required string BuildingLabel { get; set; }

    public required string TemplateCode { get; set; }

    public int TemplateVersion { get; set; }

    public required string ItemCode { get; set; }

    public DateOnly DueOn { get; set; }

    public Guid ReinspectionAssignmentId { get; set; }

    public OrderStatus Status { get; set; }

    /// <summary>Owners (and company owners' representatives) the order was served to; null until it was served.</summary>
    public int? Addressees { get; set; }

    public DateTime IssuedAt { get; set; }

    public DateTime? ClosedAt { get; set; }

    public DateTime? EscalatedAt { get; set; }
}

internal enum OrderStatus
{
    /// <summary>Issued; the deadline has not passed, or the re-inspection is not done yet.</summary>
    Open = 0,

    /// <summary>The re-inspection found the item corrected.</summary>
    Corrected = 1,

    /// <summary>The deadline passed uncorrected: the owners were told again and the agency's managers see it as overdue.</summary>
    Escalated = 2,
}
