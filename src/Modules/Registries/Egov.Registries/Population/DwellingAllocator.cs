using Egov.Platform.Packs;
using Egov.Platform.Packs.Population;
using Egov.Registries.Domain;

namespace Egov.Registries.Population;

/// <summary>
/// Gives each household a dwelling: a house of its own, or the next unit of a building of several dwellings
/// kept open per region and use until it is full. A unit is owned by its household or by a landlord (an earlier
/// adult) in a share of one unit of the building's units, so a building's shares reach 1 as
/// it fills; <see cref="Flush"/> gives the units still empty at the end to landlords.
/// </summary>
internal sealed class DwellingAllocator(
    PopulationSettings settings, AddressFactory addresses, PropertyRegister property, AdultPool adults, string language, int adultAge, DateOnly asOf)
{
    private readonly WeightedPicker<BuildingUse> uses = new(settings.BuildingUses.Select(u => new Weighted<BuildingUse>(u, u.DwellingWeight)));
    private readonly Dictionary<(string Region, string Use), OpenBuilding> open = [];

    public Dwelling Place(string region, SeededRandom random)
    {
        var use = uses.Pick(random);
        // One dwelling per floor means one per building: a house, whatever its floors.
        if (use.UnitsPerFloor == 1)
        {
            var site = addresses.NewSite(region, random);
            var floors = random.Between(use.Floors.Min, use.Floors.Max);
            var completed = random.Day(asOf.AddYears(-60), asOf.AddDays(-30));
            var (parcel, building) = property.NewBuilding(region, use, null, floors, PropertyRegister.Area(use.UnitAreaM2, random), completed, random);
            return new Dwelling(addresses.Write(site), parcel, building, 1, completed, null);
        }

        if (!open.TryGetValue((region, use.Code), out var current) || current.Next >= current.Capacity)
        {
            current = Open(region, use, random);
            open[(region, use.Code)] = current;
        }

        var unit = current.Next++;
        var address = addresses.Write(current.Site, 1 + (unit / use.UnitsPerFloor), 1 + (unit % use.UnitsPerFloor));
        return new Dwelling(address, current.Parcel, current.Building, current.Capacity, current.Completed, current);
    }

    /// <summary>Records who owns the household's dwelling (and its mortgage) from the day it moved in.</summary>
    public void Settle(Dwelling dwelling, Household household, DateOnly movedIn, SeededRandom random)
    {
        var head = household.Head;
        // Before any adult is written there is nobody to rent from: the first household owns its home.
        if (adults.IsEmpty || (Age.Reached(head.Born, adultAge) <= movedIn && random.Chance(settings.OwnerOccupiedShare)))
        {
            var cause = PropertyRegister.Cause(random);
            var spouse = household.Members.Count > 1 && household.Members[1] is { Relation: Relation.Spouse, IsAlive: true } s && Age.Reached(s.Born, adultAge) <= movedIn ? s : null;
            if (dwelling.Capacity == 1 && random.Chance(0.5))
            {
                PreviousOwner(dwelling, movedIn, random);
            }

            if (spouse is not null && random.Chance(0.3))
            {
                OwnUnit(dwelling, PropertyRegister.Resident, head.Id, 2, movedIn, cause);
                OwnUnit(dwelling, PropertyRegister.Resident, spouse.Id, 2, movedIn, cause);
            }
            else
            {
                OwnUnit(dwelling, PropertyRegister.Resident, head.Id, 1, movedIn, cause);
            }

            property.MaybeMortgage(PropertyRegister.Building, dwelling.Building, movedIn, random);
            return;
        }

        var bought = random.Day(dwelling.Completed, movedIn);
        Landlord(dwelling, bought, random);
        if (random.Chance(0.05))
        {
            property.Encumber(PropertyRegister.Building, dwelling.Building, "lease_right", head.Name, movedIn, null, random);
        }
    }

    /// <summary>Units never lived in go to one landlord per building, so every building's shares sum to 1.</summary>
    public void Flush(SeededRandom random)
    {
        foreach (var building in open.Values.OrderBy(b => b.Building))
        {
            var dwelling = new Dwelling(0, building.Parcel, building.Building, building.Capacity, building.Completed, building);
            if (building.Next < building.Capacity)
            {
                Landlord(dwelling, building.Completed, random, building.Capacity - building.Next);
                building.Next = building.Capacity;
            }
        }

        open.Clear();
    }

    /// <summary>An earlier adult owns the unit, from <paramref name="bought"/> or from coming of age, whichever is later.</summary>
    private void Landlord(Dwelling dwelling, DateOnly bought, SeededRandom random, int units = 1)
    {
        var (owner, born) = adults.Pick(random);
        var comeOfAge = Age.Reached(born, adultAge);
        var acquired = comeOfAge > bought ? comeOfAge : bought;
        property.Own(PropertyRegister.Parcel, dwelling.Parcel, PropertyRegister.Resident, owner, units, dwelling.Capacity, acquired, "sale");
        property.Own(PropertyRegister.Building, dwelling.Building, PropertyRegister.Resident, owner, units, dwelling.Capacity, acquired, "sale");
    }

    private void PreviousOwner(Dwelling dwelling, DateOnly sold, SeededRandom random)
    {
        if (dwelling.Completed < sold && adults.PickAdultOn(random, dwelling.Completed, adultAge) is { } previous)
        {
            foreach (var kind in new[] { PropertyRegister.Parcel, PropertyRegister.Building })
            {
                property.Own(kind, kind == PropertyRegister.Parcel ? dwelling.Parcel : dwelling.Building, PropertyRegister.Resident, previous, 1, 1, dwelling.Completed, "new_building", sold);
            }
        }
    }

    /// <summary>One unit's share of the building and of its site, split <paramref name="split"/> ways.</summary>
    private void OwnUnit(Dwelling dwelling, string ownerKind, long owner, int split, DateOnly acquired, string cause)
    {
        property.Own(PropertyRegister.Parcel, dwelling.Parcel, ownerKind, owner, 1, dwelling.Capacity * split, acquired, cause);
        property.Own(PropertyRegister.Building, dwelling.Building, ownerKind, owner, 1, dwelling.Capacity * split, acquired, cause);
    }

    private OpenBuilding Open(string region, BuildingUse use, SeededRandom random)
    {
        var site = addresses.NewSite(region, random);
        var floors = random.Between(use.Floors.Min, use.Floors.Max);
        var capacity = floors * use.UnitsPerFloor;
        var completed = random.Day(asOf.AddYears(-45), asOf.AddDays(-30));
        var name = use.Names.GetValueOrDefault(language) is { } useName ? $"{random.Pick(settings.Companies.First)} {useName}" : null;
        var area = PropertyRegister.Area(use.UnitAreaM2, random) * capacity;
        var (parcel, building) = property.NewBuilding(region, use, name, floors, area, completed, random);
        return new OpenBuilding(site, parcel, building, capacity, completed);
    }
}

/// <summary>A dwelling given to a household: its address and the building it is a unit of.</summary>
internal sealed record Dwelling(long Address, long Parcel, long Building, int Capacity, DateOnly Completed, OpenBuilding? Shared);

/// <summary>A building of several dwellings still taking households.</summary>
internal sealed class OpenBuilding(Site site, long parcel, long building, int capacity, DateOnly completed)
{
    public Site Site { get; } = site;

    public long Parcel { get; } = parcel;

    public long Building { get; } = building;

    public int Capacity { get; } = capacity;

    public DateOnly Completed { get; } = completed;

    public int Next { get; set; }
}
