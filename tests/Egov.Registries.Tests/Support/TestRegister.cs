using Egov.Registries.Data;
using Egov.Registries.Domain;
using Egov.Registries.Protection;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Registries.Tests.Support;

/// <summary>
/// Writes people into the registers the way the importer will: a household at an address with its history,
/// parents, a spouse and a child, a flat with a mortgage, a company. Each call makes new people (fresh ids).
/// </summary>
internal sealed class TestRegister(IServiceProvider services)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A person alone: no address, household, family, property or company.</summary>
    public async Task<Guid> AddPersonAsync(string name)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistriesDbContext>();
        var id = Resident(db, scope.ServiceProvider.GetRequiredService<ResidentNumbers>(), name, new DateOnly(1990, 7, 7), null, null).Id;
        await db.SaveChangesAsync(Ct);
        return id;
    }

    /// <summary>
    /// <paramref name="name"/> as head of a household of three at 세종대로 209 (since 2020, before that 테헤란로 152),
    /// with a late father, a spouse and a child, half of a flat under a mortgage, and a company represented.
    /// </summary>
    public async Task<TestFamily> AddFamilyAsync(string name, string spouse, string child, string company)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistriesDbContext>();
        var numbers = scope.ServiceProvider.GetRequiredService<ResidentNumbers>();
        var home = Address(db, "11110", "03171", "세종대로", "209", "101동 1001호");
        var before = Address(db, "11680", "06236", "테헤란로", "152", null);
        var household = Guid.NewGuid();
        db.Households.Add(new Household { Id = household, AddressId = home, FormedOn = new DateOnly(2020, 3, 2) });

        var (person, number) = Resident(db, numbers, name, new DateOnly(1985, 1, 1), household, "head");
        var partner = Resident(db, numbers, spouse, new DateOnly(1986, 6, 1), household, "spouse").Id;
        var kid = Resident(db, numbers, child, new DateOnly(2015, 5, 5), household, "child").Id;
        var father = Resident(db, numbers, name[..1] + "영철", new DateOnly(1955, 2, 2), null, null).Id;
        db.Residents.Local.Single(r => r.Id == father).Status = ResidentStatus.Deceased;
        db.Residents.Local.Single(r => r.Id == father).DiedOn = new DateOnly(2021, 9, 9);

        Link(db, person, father, FamilyRelation.Parent);
        Link(db, kid, person, FamilyRelation.Parent);
        Link(db, kid, partner, FamilyRelation.Parent);
        Link(db, person, partner, FamilyRelation.Spouse);
        db.Residences.Add(new Residence { Id = Guid.NewGuid(), ResidentId = person, AddressId = before, MovedInOn = new DateOnly(2012, 4, 1), MovedOutOn = new DateOnly(2020, 3, 2) });
        db.Residences.Add(new Residence { Id = Guid.NewGuid(), ResidentId = person, AddressId = home, MovedInOn = new DateOnly(2020, 3, 2) });

        var parcel = Guid.NewGuid();
        var flat = Guid.NewGuid();
        db.Parcels.Add(new Parcel { Id = parcel, RegionCode = "11110", LotNumber = "세종로 1-68", LandCategory = "대", AreaM2 = 1200.5m });
        db.Buildings.Add(new Building { Id = flat, ParcelId = parcel, Name = "광화문아파트", Use = "아파트", Floors = 15, FloorAreaM2 = 84.97m });
        var forest = Guid.NewGuid();
        db.Parcels.Add(new Parcel { Id = forest, RegionCode = "51170", LotNumber = "발한동 산12", LandCategory = "임야", AreaM2 = 15000m });
        db.Ownerships.Add(new Ownership
        {
            Id = Guid.NewGuid(), PropertyKind = "parcel", PropertyId = forest, OwnerKind = "resident", OwnerId = person,
            ShareNumerator = 1, ShareDenominator = 1, AcquiredOn = new DateOnly(2021, 9, 9), Cause = "inheritance",
        });
        db.Ownerships.Add(new Ownership
        {
            Id = Guid.NewGuid(), PropertyKind = "building", PropertyId = flat, OwnerKind = "resident", OwnerId = person,
            ShareNumerator = 1, ShareDenominator = 2, AcquiredOn = new DateOnly(2020, 2, 20), Cause = "sale",
        });
        db.Encumbrances.Add(new Encumbrance
        {
            Id = Guid.NewGuid(), PropertyKind = "building", PropertyId = flat, Kind = "mortgage", Amount = 360_000_000,
            Creditor = "한빛은행", RegisteredOn = new DateOnly(2020, 2, 20),
        });
        var companyId = Guid.NewGuid();
        db.Companies.Add(new Company { Id = companyId, BusinessNumber = "10481" + Serial(), Name = company });
        db.Representatives.Add(new Representative { Id = Guid.NewGuid(), CompanyId = companyId, ResidentId = person, Since = new DateOnly(2019, 1, 1) });
        await db.SaveChangesAsync(Ct);
        return new TestFamily(person, number, kid);
    }

    /// <summary>A number in the kr pattern, unique in the run (the check digit is not what these tests are about).</summary>
    private static string NewNumber(DateOnly birthDate) =>
        birthDate.ToString("yyMMdd", System.Globalization.CultureInfo.InvariantCulture)
        + (birthDate.Year >= 2000 ? "3" : "1")
        + Serial() + "7";

    private static string Serial() => (Interlocked.Increment(ref serial) % 100_000).ToString("D5", System.Globalization.CultureInfo.InvariantCulture);

    private static int serial = Random.Shared.Next(100_000);

    private static (Guid Id, string Number) Resident(RegistriesDbContext db, ResidentNumbers numbers, string name, DateOnly birthDate, Guid? household, string? relation)
    {
        var id = Guid.NewGuid();
        var number = NewNumber(birthDate);
        db.Residents.Add(new Resident
        {
            Id = id, NumberCipher = numbers.Encrypt(number), NumberHash = numbers.Hash(number), Name = name, LatinName = null,
            BirthDate = birthDate, Sex = number[6] is '1' or '3' or '9' ? "male" : "female", Nationality = "KR", Status = ResidentStatus.Alive,
            HouseholdId = household, RelationToHead = relation,
        });
        return (id, number);
    }

    private static Guid Address(RegistriesDbContext db, string region, string postalCode, string road, string building, string? detail)
    {
        var id = Guid.NewGuid();
        db.Addresses.Add(new Address { Id = id, RegionCode = region, PostalCode = postalCode, Road = road, Building = building, Detail = detail });
        return id;
    }

    private static void Link(RegistriesDbContext db, Guid resident, Guid relative, string relation) =>
        db.FamilyLinks.Add(new FamilyLink { Id = Guid.NewGuid(), ResidentId = resident, RelativeId = relative, Relation = relation });
}

/// <summary>The person a test signs in as, their resident number (to look for on pages) and their minor child.</summary>
internal sealed record TestFamily(Guid Person, string Number, Guid Child);
