namespace Egov.Registries.Domain;

/// <summary>A household (세대 in Korea): people registered together at one address, one of them its head.</summary>
internal sealed class Household
{
    public Guid Id { get; set; }

    /// <summary>The row's id in the population files it was imported from (its row number in files without ids); null when not imported.</summary>
    public long? FileId { get; set; }

    public Guid AddressId { get; set; }

    public DateOnly FormedOn { get; set; }
}

/// <summary>A dwelling, in the pack's address fields, within a region of the pack.</summary>
internal sealed class Address
{
    public Guid Id { get; set; }

    /// <summary>The row's id in the population files it was imported from (its row number in files without ids); null when not imported.</summary>
    public long? FileId { get; set; }

    public required string RegionCode { get; set; }

    public string? PostalCode { get; set; }

    public required string Road { get; set; }

    public required string Building { get; set; }

    public string? Detail { get; set; }
}

/// <summary>One stay of a resident at an address (a move-in, and the move-out that ended it); the open one is current.</summary>
internal sealed class Residence
{
    public Guid Id { get; set; }

    /// <summary>The row's id in the population files it was imported from (its row number in files without ids); null when not imported.</summary>
    public long? FileId { get; set; }

    public Guid ResidentId { get; set; }

    public Guid AddressId { get; set; }

    public DateOnly MovedInOn { get; set; }

    public DateOnly? MovedOutOn { get; set; }
}
