using Egov.Platform.Packs;
using Egov.Platform.Packs.Population;
using Egov.Registries.Domain;

namespace Egov.Registries.Population;

/// <summary>
/// Founds companies near the households that run them: an adult of the household (or an earlier adult) is the
/// representative, sometimes after another; the premises are a building the company, its representative or a
/// landlord owns; some companies have closed.
/// </summary>
internal sealed class CompanyFactory(
    PopulationSettings settings, PopulationFiles files, IdentifierSequence numbers, AddressFactory addresses, PropertyRegister property,
    AdultPool adults, string language, int adultAge, DateOnly asOf)
{
    private const int YoungestFounder = 25;
    private readonly CompanySettings companies = settings.Companies;
    private readonly BuildingUse[] premises = [.. settings.BuildingUses.Where(u => u.ForCompanies)];
    private long nextId;

    public long Count => nextId;

    /// <summary>Founds a company run by an adult of <paramref name="household"/> or an earlier one; false when none is old enough.</summary>
    public bool Found(Household household, string region, SeededRandom random)
    {
        var lastFounding = asOf.AddDays(-30);
        var founder = household.Members.FirstOrDefault(m => m.IsAlive && m.InHousehold && Age.InFullYears(m.Born, asOf) is > YoungestFounder and <= 75);
        var (representative, born) = founder is not null ? (founder.Id, founder.Born) : adults.Pick(random);
        if (Age.Reached(born, YoungestFounder) > lastFounding)
        {
            return false;
        }

        var id = ++nextId;
        var founded = random.Day(Max(Age.Reached(born, YoungestFounder), asOf.AddYears(-40)), lastFounding);
        DateOnly? closed = random.Chance(companies.ClosedShare) && founded.AddYears(1) < asOf ? random.Day(founded.AddYears(1), asOf) : null;
        var site = addresses.NewSite(region, random);
        var address = addresses.Write(site);
        var name = random.Pick(companies.NameTemplates)
            .Replace("{first}", random.Pick(companies.First), StringComparison.Ordinal)
            .Replace("{second}", random.Pick(companies.Second), StringComparison.Ordinal);
        files.Companies.Field(id).Field(numbers.Next(founded, Sex.Male, foreign: false)).Field(name).Field(region).Field(address)
            .Field(closed is null ? "active" : "closed").Field(founded).Field(closed).EndRow();

        var since = founded;
        if (random.Chance(0.15) && adults.PickAdultOn(random, founded, adultAge) is { } earlier && founded.AddDays(30) < (closed ?? asOf))
        {
            since = random.Day(founded.AddDays(30), (closed ?? asOf).AddDays(-1));
            files.Representatives.Field(id).Field(earlier).Field(founded).Field(since).EndRow();
        }

        since = Max(since, Age.Reached(born, adultAge));
        files.Representatives.Field(id).Field(representative).Field(since).Field(closed).EndRow();
        Premises(id, representative, region, founded, random);
        return true;
    }

    private void Premises(long company, long representative, string region, DateOnly founded, SeededRandom random)
    {
        var use = random.Pick(premises);
        var floors = random.Between(use.Floors.Min, use.Floors.Max);
        var completed = random.Day(asOf.AddYears(-50), founded);
        var name = use.Names.GetValueOrDefault(language);
        var (parcel, building) = property.NewBuilding(region, use, name, floors, PropertyRegister.Area(use.UnitAreaM2, random) * floors, completed, random);
        // The company (from its founding), its representative (likewise) or a landlord who came of age before buying.
        var draw = random.NextDouble();
        var landlord = adults.Pick(random);
        var (ownerKind, owner, acquired) = draw < 0.35 ? (PropertyRegister.Company, company, founded)
            : draw < 0.5 ? (PropertyRegister.Resident, representative, founded)
            : (PropertyRegister.Resident, landlord.Id, Max(completed, Age.Reached(landlord.Born, adultAge)));
        property.Own(PropertyRegister.Parcel, parcel, ownerKind, owner, 1, 1, acquired, "sale");
        property.Own(PropertyRegister.Building, building, ownerKind, owner, 1, 1, acquired, "sale");
        property.MaybeMortgage(PropertyRegister.Building, building, acquired, random);
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
