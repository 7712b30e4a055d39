namespace Egov.Registries.Contracts;

/// <summary>
/// The real-estate register's buildings as places to go to: where each stands (address and position) and who is to be
/// served a notice about it. Field inspections plan their rounds from it.
/// </summary>
public interface IBuildingRegister
{
    /// <summary>The buildings of one use in a region or any region below it, by address.</summary>
    /// <param name="regionCode">A region of the pack (a district covers its neighbourhoods).</param>
    /// <param name="use">A building use code of the pack (<c>population.yaml</c>'s <c>buildingUses</c>).</param>
    /// <param name="language">A pack language: addresses are written in it.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<IReadOnlyList<BuildingPlace>> InRegionAsync(string regionCode, string use, string language, CancellationToken cancellationToken = default);

    /// <summary>
    /// Whom a notice about the building is served to: its resident owners now, and the current representatives of its
    /// company owners. Each is logged for their access page under <paramref name="purpose"/>.
    /// </summary>
    /// <param name="building">The building's id.</param>
    /// <param name="purpose">Who reads and why.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<IReadOnlyList<ResidentId>> AddresseesAsync(Guid building, DataPurpose purpose, CancellationToken cancellationToken = default);
}

/// <summary>A building and where it stands.</summary>
/// <param name="Id">Its stable id (<see cref="PropertyKinds.Building"/>).</param>
/// <param name="Name">Its name, when it has one.</param>
/// <param name="Use">Its use (a pack code).</param>
/// <param name="RegionCode">The region of its parcel.</param>
/// <param name="Address">Its parcel's regions and lot number, in the asked language.</param>
/// <param name="Latitude">WGS 84 latitude, when surveyed.</param>
/// <param name="Longitude">WGS 84 longitude, when surveyed.</param>
public sealed record BuildingPlace(Guid Id, string? Name, string Use, string RegionCode, string Address, double? Latitude, double? Longitude);
