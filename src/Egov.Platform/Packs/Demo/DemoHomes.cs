namespace Egov.Platform.Packs.Demo;

/// <summary>A demo dwelling: a region of the pack and the address fields the registers keep.</summary>
/// <param name="RegionCode">A region of the pack's region table.</param>
/// <param name="PostalCode">Postal code, when the pack's addresses have one.</param>
/// <param name="Road">Road (or street) name.</param>
/// <param name="Building">Building number.</param>
/// <param name="Detail">Flat or unit, when any.</param>
public sealed record DemoAddress(string RegionCode, string? PostalCode, string Road, string Building, string? Detail);

/// <summary>A demo household living at one address, its members in order (the first is the head).</summary>
/// <param name="Key">Pack-unique key.</param>
/// <param name="Address">Where it lives.</param>
/// <param name="FormedOn">When it was registered there.</param>
/// <param name="Members">The people registered in it.</param>
public sealed record DemoHousehold(string Key, DemoAddress Address, DateOnly FormedOn, IReadOnlyList<DemoHouseholdMember> Members);

/// <summary>A member of a demo household.</summary>
/// <param name="Person">Key in people.yaml.</param>
/// <param name="Relation">Relation to the head, as the population files code it (<c>head</c>, <c>spouse</c>, <c>child</c>…).</param>
/// <param name="MovedIn">When they moved in.</param>
public sealed record DemoHouseholdMember(string Person, string Relation, DateOnly MovedIn);

/// <summary>A demo marriage.</summary>
/// <param name="Spouses">Keys of the two spouses.</param>
/// <param name="MarriedOn">Date of marriage.</param>
/// <param name="EndedOn">Divorce or death; null while married.</param>
public sealed record DemoMarriage(IReadOnlyList<string> Spouses, DateOnly MarriedOn, DateOnly? EndedOn);

/// <summary>A demo parcel of land with its buildings, owners (who own the buildings in the same shares) and mortgages.</summary>
/// <param name="Key">Pack-unique key.</param>
/// <param name="RegionCode">A region of the pack.</param>
/// <param name="LotNumber">Lot number as the land register writes it.</param>
/// <param name="LandCategory">Land category, in the pack's codes.</param>
/// <param name="AreaM2">Area in square metres.</param>
/// <param name="Buildings">Buildings standing on it.</param>
/// <param name="Owners">Current owners and their shares (summing to 1).</param>
/// <param name="Mortgages">Mortgages registered against it.</param>
public sealed record DemoParcel(
    string Key, string RegionCode, string LotNumber, string LandCategory, decimal AreaM2,
    IReadOnlyList<DemoBuilding> Buildings, IReadOnlyList<DemoOwner> Owners, IReadOnlyList<DemoMortgage> Mortgages);

/// <summary>A building on a demo parcel, with its WGS 84 position when the file gives one.</summary>
public sealed record DemoBuilding(string Key, string? Name, string Use, int Floors, decimal FloorAreaM2, DateOnly? CompletedOn)
{
    /// <summary>Latitude in degrees, or null.</summary>
    public double? Latitude { get; init; }

    /// <summary>Longitude in degrees, or null.</summary>
    public double? Longitude { get; init; }
}

/// <summary>An owner's share of a demo parcel.</summary>
public sealed record DemoOwner(string Person, int Numerator, int Denominator, DateOnly AcquiredOn, string Cause);

/// <summary>A mortgage (maximum amount in the currency's smallest unit) on a demo parcel.</summary>
public sealed record DemoMortgage(long Amount, string Creditor, DateOnly RegisteredOn);
