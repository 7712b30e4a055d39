using Egov.Platform.Packs;
using Egov.Platform.Packs.Demo;
using Egov.Platform.Persistence;
using Egov.Registries.Data;
using Egov.Registries.Domain;
using Egov.Registries.Protection;
using Microsoft.EntityFrameworkCore;

namespace Egov.Registries.Demo;

/// <summary>
/// Writes the pack's named demo people (with their parents, households, addresses and marriages), companies
/// (with their representatives) and land (with buildings, owners and mortgages) into the registers, under ids
/// derived from their keys so every module's demo data can refer to them. Runs after every migration: a
/// record already there is left as it is.
/// </summary>
internal sealed class DemoRegisterSeeder(RegistriesDbContext db, ResidentNumbers numbers, CountryPack pack) : IDataSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (pack.Demo is not { } demo)
        {
            return;
        }

        var homeOf = demo.Households.SelectMany(h => h.Members.Select(m => (m.Person, Household: h, Member: m))).ToDictionary(x => x.Person);
        await AddMissingAsync(db.Residents, demo.People.Select(p => Resident(p, homeOf.GetValueOrDefault(p.Key))), r => r.Id, cancellationToken);
        await AddMissingAsync(db.Addresses, demo.Households.Select(h => Address(h)), a => a.Id, cancellationToken);
        await AddMissingAsync(db.Households, demo.Households.Select(h => new Household { Id = Id("household", h.Key), AddressId = Id("address", h.Key), FormedOn = h.FormedOn }), h => h.Id, cancellationToken);
        await AddMissingAsync(db.Residences, homeOf.Values.Select(x => new Residence
        {
            Id = Id("residence", x.Person), ResidentId = Id("resident", x.Person), AddressId = Id("address", x.Household.Key), MovedInOn = x.Member.MovedIn,
        }), r => r.Id, cancellationToken);
        await AddMissingAsync(db.FamilyLinks, FamilyLinks(demo), l => l.Id, cancellationToken);
        await AddMissingAsync(db.Companies, demo.Companies.Select(c => new Company
        {
            Id = Id("company", c.Key), BusinessNumber = c.BusinessNumber, Name = c.Name, ClosedOn = c.Closed,
        }), c => c.Id, cancellationToken);
        await AddMissingAsync(db.Representatives, demo.Companies.SelectMany(c => c.Representatives.Select(r => new Representative
        {
            Id = Id("representative", $"{c.Key}/{r}"), CompanyId = Id("company", c.Key), ResidentId = Id("resident", r),
        })), r => r.Id, cancellationToken);
        await AddMissingAsync(db.Parcels, demo.Parcels.Select(p => new Parcel
        {
            Id = Id("parcel", p.Key), RegionCode = p.RegionCode, LotNumber = p.LotNumber, LandCategory = p.LandCategory, AreaM2 = p.AreaM2,
        }), p => p.Id, cancellationToken);
        await AddMissingAsync(db.Buildings, demo.Parcels.SelectMany(p => p.Buildings.Select(b => new Building
        {
            Id = Id("building", b.Key), ParcelId = Id("parcel", p.Key), Name = b.Name, Use = b.Use, Floors = b.Floors, FloorAreaM2 = b.FloorAreaM2, CompletedOn = b.CompletedOn,
            Latitude = b.Latitude, Longitude = b.Longitude,
        })), b => b.Id, cancellationToken);
        await AddMissingAsync(db.Ownerships, Ownerships(demo), o => o.Id, cancellationToken);
        await AddMissingAsync(db.Encumbrances, demo.Parcels.SelectMany(p => p.Mortgages.Select((m, i) => new Encumbrance
        {
            Id = Id("encumbrance", $"{p.Key}/{i}"), PropertyKind = "parcel", PropertyId = Id("parcel", p.Key), Kind = "mortgage",
            Amount = m.Amount, Creditor = m.Creditor, RegisteredOn = m.RegisteredOn,
        })), e => e.Id, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private Resident Resident(DemoPerson person, (string Person, DemoHousehold Household, DemoHouseholdMember Member) home) => new()
    {
        Id = Id("resident", person.Key),
        NumberCipher = numbers.Encrypt(person.Identifier),
        NumberHash = numbers.Hash(person.Identifier),
        Name = person.Name,
        LatinName = person.LatinName,
        BirthDate = person.BirthDate,
        Sex = person.Sex == Sex.Male ? "male" : "female",
        Nationality = pack.Code.ToUpperInvariant(),
        Status = person.IsAlive ? ResidentStatus.Alive : ResidentStatus.Deceased,
        DiedOn = person.Died,
        Phone = person.Phone,
        HouseholdId = home.Household is null ? null : Id("household", home.Household.Key),
        RelationToHead = home.Member?.Relation,
        RegionCode = home.Household?.Address.RegionCode,
    };

    private Address Address(DemoHousehold household) => new()
    {
        Id = Id("address", household.Key),
        RegionCode = household.Address.RegionCode,
        PostalCode = household.Address.PostalCode,
        Road = household.Address.Road,
        Building = household.Address.Building,
        Detail = household.Address.Detail,
    };

    private IEnumerable<FamilyLink> FamilyLinks(PackDemo demo)
    {
        var parents = demo.People.SelectMany(p => p.Parents.Select(parent => new FamilyLink
        {
            Id = Id("family-link", $"{p.Key}/{parent}"), ResidentId = Id("resident", p.Key), RelativeId = Id("resident", parent),
            Relation = FamilyRelation.Parent, Since = p.BirthDate,
        }));
        var spouses = demo.Marriages.Select(m =>
        {
            var (first, second) = (Id("resident", m.Spouses[0]), Id("resident", m.Spouses[1]));
            return new FamilyLink
            {
                Id = Id("marriage", $"{m.Spouses[0]}/{m.Spouses[1]}"),
                // Written once per couple, lower id first, as the population files do.
                ResidentId = first.CompareTo(second) < 0 ? first : second,
                RelativeId = first.CompareTo(second) < 0 ? second : first,
                Relation = FamilyRelation.Spouse, Since = m.MarriedOn, Until = m.EndedOn,
            };
        });
        return parents.Concat(spouses);
    }

    /// <summary>Each owner holds the parcel and every building on it in the same share.</summary>
    private IEnumerable<Ownership> Ownerships(PackDemo demo) =>
        demo.Parcels.SelectMany(p => p.Owners.SelectMany(o => p.Buildings.Select(b => ("building", b.Key)).Prepend(("parcel", p.Key)).Select(property => new Ownership
        {
            Id = Id("ownership", $"{property.Item1}/{property.Key}/{o.Person}"),
            PropertyKind = property.Item1, PropertyId = Id(property.Item1, property.Key),
            OwnerKind = "resident", OwnerId = Id("resident", o.Person),
            ShareNumerator = o.Numerator, ShareDenominator = o.Denominator, AcquiredOn = o.AcquiredOn, Cause = o.Cause,
        })));

    private Guid Id(string kind, string key) => StableId.For(pack.Code, kind, key);

    private static async Task AddMissingAsync<T>(DbSet<T> set, IEnumerable<T> rows, Func<T, Guid> id, CancellationToken cancellationToken)
        where T : class
    {
        var all = rows.ToList();
        var ids = all.Select(id).ToList();
        var existing = (await set.AsNoTracking().Select(r => EF.Property<Guid>(r, "Id")).Where(x => ids.Contains(x)).ToListAsync(cancellationToken)).ToHashSet();
        set.AddRange(all.Where(r => !existing.Contains(id(r))));
    }
}
