namespace Egov.Registries.Domain;

/// <summary>A company in the business register.</summary>
internal sealed class Company
{
    public Guid Id { get; set; }

    /// <summary>The row's id in the population files it was imported from (its row number in files without ids); null when not imported.</summary>
    public long? FileId { get; set; }

    /// <summary>Normalised business identifier of the pack (public information, not encrypted).</summary>
    public required string BusinessNumber { get; set; }

    public required string Name { get; set; }

    public string? RegionCode { get; set; }

    public Guid? AddressId { get; set; }

    public DateOnly? FoundedOn { get; set; }

    public DateOnly? ClosedOn { get; set; }

    public bool IsActive => ClosedOn is null;
}

/// <summary>A resident registered as a company's representative, from a date until another.</summary>
internal sealed class Representative
{
    public Guid Id { get; set; }

    /// <summary>The row's id in the population files it was imported from (its row number in files without ids); null when not imported.</summary>
    public long? FileId { get; set; }

    public Guid CompanyId { get; set; }

    public Guid ResidentId { get; set; }

    public DateOnly? Since { get; set; }

    public DateOnly? Until { get; set; }
}
