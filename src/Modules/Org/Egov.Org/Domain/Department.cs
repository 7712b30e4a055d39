namespace Egov.Org.Domain;

/// <summary>A department of an agency's tree. Its code is unique in the agency; the root has no parent.</summary>
internal sealed class Department
{
    public Guid Id { get; set; }

    public required string AgencyCode { get; set; }

    public Guid? ParentId { get; set; }

    public required string Code { get; set; }

    /// <summary>Its name per pack language.</summary>
    public Dictionary<string, string> Names { get; set; } = [];

    /// <summary>The post that heads it (a code of the pack's posts).</summary>
    public required string HeadPostCode { get; set; }

    public DateTime CreatedAt { get; set; }
}
