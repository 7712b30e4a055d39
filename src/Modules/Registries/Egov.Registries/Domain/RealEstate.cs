namespace Egov.Registries.Domain;

/// <summary>A parcel of land: its lot number in a region, its land category (a pack code) and area.</summary>
internal sealed class Parcel
{
    public Guid Id { get; set; }

    /// <summary>The row's id in the population files it was imported from (its row number in files without ids); null when not imported.</summary>
    public long? FileId { get; set; }

    public required string RegionCode { get; set; }

    public required string LotNumber { get; set; }

    public required string LandCategory { get; set; }

    public decimal AreaM2 { get; set; }
}

/// <summary>A building on a parcel: its use (a pack code), floors and floor area.</summary>
internal sealed class Building
{
    public Guid Id { get; set; }

    /// <summary>The row's id in the population files it was imported from (its row number in files without ids); null when not imported.</summary>
    public long? FileId { get; set; }

    public Guid ParcelId { get; set; }

    public string? Name { get; set; }

    public required string Use { get; set; }

    public int Floors { get; set; }

    public decimal FloorAreaM2 { get; set; }

    public DateOnly? CompletedOn { get; set; }

    /// <summary>WGS 84 latitude of its entrance, when surveyed: field inspectors' lists are sorted by distance from it.</summary>
    public double? Latitude { get; set; }

    /// <summary>WGS 84 longitude of its entrance, when surveyed.</summary>
    public double? Longitude { get; set; }
}

/// <summary>A share of a parcel or building held by a resident or a company, from its acquisition until disposal.</summary>
internal sealed class Ownership
{
    public Guid Id { get; set; }

    /// <summary>The row's id in the population files it was imported from (its row number in files without ids); null when not imported.</summary>
    public long? FileId { get; set; }

    /// <summary><c>parcel</c> or <c>building</c>.</summary>
    public required string PropertyKind { get; set; }

    public Guid PropertyId { get; set; }

    /// <summary><c>resident</c> or <c>company</c>.</summary>
    public required string OwnerKind { get; set; }

    public Guid OwnerId { get; set; }

    public int ShareNumerator { get; set; }

    public int ShareDenominator { get; set; }

    public DateOnly AcquiredOn { get; set; }

    public required string Cause { get; set; }

    public DateOnly? DisposedOn { get; set; }
}

/// <summary>A right registered against a property: a mortgage and its maximum amount, a lease right, a seizure.</summary>
internal sealed class Encumbrance
{
    public Guid Id { get; set; }

    /// <summary>The row's id in the population files it was imported from (its row number in files without ids); null when not imported.</summary>
    public long? FileId { get; set; }

    public required string PropertyKind { get; set; }

    public Guid PropertyId { get; set; }

    public required string Kind { get; set; }

    /// <summary>In the pack currency's smallest whole unit.</summary>
    public long Amount { get; set; }

    public required string Creditor { get; set; }

    public DateOnly RegisteredOn { get; set; }

    public DateOnly? CancelledOn { get; set; }
}
