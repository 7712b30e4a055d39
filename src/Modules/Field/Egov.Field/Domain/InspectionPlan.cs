namespace Egov.Field.Domain;

/// <summary>A round of inspections: every building of one use in a region, in one year, with one checklist.</summary>
internal sealed class InspectionPlan
{
    public Guid Id { get; set; }

    /// <summary>The manager's client-generated id: the same creation sent twice makes one plan.</summary>
    public Guid ClientId { get; set; }

    public required string AgencyCode { get; set; }

    public required string TemplateCode { get; set; }

    public required string RegionCode { get; set; }

    public required string BuildingUse { get; set; }

    public int Year { get; set; }

    public DateOnly DueOn { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }
}
