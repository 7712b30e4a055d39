using System.Globalization;
using Egov.Identity.Contracts;
using Egov.Platform.Packs;
using Egov.Registries.Data;
using Egov.Registries.Domain;
using Egov.Registries.Queries;
using Egov.Registries.Protection;
using Microsoft.EntityFrameworkCore;

namespace Egov.Registries.MyData;

/// <summary>
/// Reads one person's entries across the registers for their own page, and logs the read for them: the log of
/// who looked at a person's data includes the person (or the parent acting for them), so it is complete.
/// </summary>
internal sealed class MyRegisterReader(RegistriesDbContext db, ResidentNumbers numbers, CountryPack pack, IActingAudit audit)
{
    public const string Action = "registries.resident.self-view";
    public const string Purpose = "registries.self-view";

    /// <summary>
    /// The data subject's own right of access: no other basis is needed to show a person their entries. A code,
    /// put in words by the access page (<c>registries.my.legalBasis.*</c>; a pack may name its own law there).
    /// </summary>
    public const string LegalBasis = "data-subject-access";

    private readonly PersonIdentifierFormat? personFormat = pack.People is { } people ? pack.Identifiers[people.Identifier] : null;
    private readonly PersonIdentifierFormat? businessFormat = pack.Businesses is { } businesses ? pack.Identifiers[businesses.Identifier] : null;
    private readonly AddressWriter addresses = new(pack);

    /// <summary>
    /// The person's data, or null when the register has no such resident, read by the request's actor: the person, or a
    /// parent acting for them (then logged under both, and published as a use of the delegation).
    /// </summary>
    public async Task<MyRegisterData?> ReadAsync(Guid residentId, CancellationToken cancellationToken)
    {
        if (await db.Residents.AsNoTracking().SingleOrDefaultAsync(r => r.Id == residentId, cancellationToken) is not { } resident)
        {
            return null;
        }

        await audit.RecordAsync(Action, $"resident:{residentId}", Purpose, LegalBasis, cancellationToken);
        var (current, past) = await AddressesAsync(residentId, cancellationToken);
        return new MyRegisterData(
            Facts(resident), current, past,
            await HouseholdAsync(resident, cancellationToken),
            await FamilyAsync(residentId, cancellationToken),
            await PropertiesAsync(residentId, cancellationToken),
            await CompaniesAsync(residentId, cancellationToken));
    }

    private PersonFacts Facts(Resident r) => new(
        r.Name, r.LatinName, r.BirthDate, r.Sex, r.Nationality, r.Status, r.DiedOn,
        // Decrypted only to be masked: the full number goes no further than this line.
        personFormat?.Mask(numbers.Decrypt(r.NumberCipher)));

    private async Task<(AddressStay? Current, IReadOnlyList<AddressStay> Past)> AddressesAsync(Guid residentId, CancellationToken cancellationToken)
    {
        var stays = await db.Residences.AsNoTracking()
            .Where(s => s.ResidentId == residentId)
            .Join(db.Addresses, s => s.AddressId, a => a.Id, (s, a) => new { Stay = s, Address = a })
            .ToListAsync(cancellationToken);
        var ordered = stays.OrderByDescending(x => x.Stay.MovedInOn)
            .Select(x => new AddressStay(Write(x.Address), x.Stay.MovedInOn, x.Stay.MovedOutOn))
            .ToList();
        var current = ordered.FirstOrDefault(s => s.MovedOutOn is null);
        return (current, [.. ordered.Where(s => s != current)]);
    }

    private async Task<IReadOnlyList<HouseholdMember>> HouseholdAsync(Resident person, CancellationToken cancellationToken)
    {
        if (person.HouseholdId is not { } household)
        {
            return [];
        }

        var members = await db.Residents.AsNoTracking()
            .Where(r => r.HouseholdId == household && r.Status == ResidentStatus.Alive)
            .Select(r => new { r.Id, r.Name, r.BirthDate, r.RelationToHead })
            .ToListAsync(cancellationToken);
        // The head first, then by age: the order of a household register extract.
        return [.. members
            .OrderBy(m => m.RelationToHead == "head" ? 0 : 1).ThenBy(m => m.BirthDate)
            .Select(m => new HouseholdMember(m.Name, m.BirthDate, m.RelationToHead, m.Id == person.Id))];
    }

    private async Task<IReadOnlyList<Relative>> FamilyAsync(Guid residentId, CancellationToken cancellationToken)
    {
        var family = (await FamilyLinksOf.ReadAsync(db, residentId, cancellationToken)).Select(x =>
        {
            var kind = x.Link.Relation == FamilyRelation.Spouse ? (x.Link.Until is null ? RelativeKind.Spouse : RelativeKind.FormerSpouse)
                : x.IsUpward ? RelativeKinds.ParentSide(x.Link.Relation)
                : RelativeKinds.ChildSide(x.Link.Relation);
            return new Relative(x.Other.Name, x.Other.BirthDate, kind, x.Other.IsAlive, x.Link.Since, x.Link.Until);
        });
        return [.. family.OrderBy(f => f.Relation).ThenBy(f => f.BirthDate)];
    }

    private async Task<IReadOnlyList<PropertyHeld>> PropertiesAsync(Guid residentId, CancellationToken cancellationToken)
    {
        var shares = await db.Ownerships.AsNoTracking()
            .Where(o => o.OwnerKind == "resident" && o.OwnerId == residentId && o.DisposedOn == null)
            .OrderBy(o => o.AcquiredOn)
            .ToListAsync(cancellationToken);
        if (shares.Count == 0)
        {
            return [];
        }

        var propertyIds = shares.Select(s => s.PropertyId).ToList();
        var buildings = await db.Buildings.AsNoTracking().Where(b => propertyIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, cancellationToken);
        var parcelIds = propertyIds.Concat(buildings.Values.Select(b => b.ParcelId)).Distinct().ToList();
        var parcels = await db.Parcels.AsNoTracking().Where(p => parcelIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var encumbrances = (await db.Encumbrances.AsNoTracking()
                .Where(e => propertyIds.Contains(e.PropertyId) && e.CancelledOn == null)
                .ToListAsync(cancellationToken))
            .ToLookup(e => (e.PropertyKind, e.PropertyId));

        var held = new List<PropertyHeld>();
        foreach (var share in shares)
        {
            var onIt = encumbrances[(share.PropertyKind, share.PropertyId)]
                .OrderBy(e => e.RegisteredOn)
                .Select(e => new EncumbranceOn(e.Kind, e.Amount, e.Creditor, e.RegisteredOn))
                .ToList();
            if (share.PropertyKind == "building" && buildings.TryGetValue(share.PropertyId, out var building))
            {
                var site = parcels.GetValueOrDefault(building.ParcelId);
                held.Add(new PropertyHeld("building", site is null ? "" : Location(site), building.Name, building.Use, building.FloorAreaM2,
                    share.ShareNumerator, share.ShareDenominator, share.AcquiredOn, share.Cause, onIt));
            }
            else if (share.PropertyKind == "parcel" && parcels.TryGetValue(share.PropertyId, out var parcel))
            {
                held.Add(new PropertyHeld("parcel", Location(parcel), null, parcel.LandCategory, parcel.AreaM2,
                    share.ShareNumerator, share.ShareDenominator, share.AcquiredOn, share.Cause, onIt));
            }
        }

        return held;
    }

    private async Task<IReadOnlyList<CompanyRepresented>> CompaniesAsync(Guid residentId, CancellationToken cancellationToken)
    {
        var companies = await db.Representatives.AsNoTracking()
            .Where(r => r.ResidentId == residentId && r.Until == null)
            .Join(db.Companies, r => r.CompanyId, c => c.Id, (r, c) => new { Company = c, r.Since })
            .ToListAsync(cancellationToken);
        return [.. companies
            .OrderBy(c => c.Company.Name, StringComparer.Ordinal)
            .Select(c => new CompanyRepresented(
                c.Company.Name, businessFormat?.Format(c.Company.BusinessNumber) ?? c.Company.BusinessNumber, c.Company.IsActive, c.Since))];
    }

    private string Write(Address address) => addresses.Write(address, Language());

    private string Location(Parcel parcel) => addresses.Location(parcel, Language());

    private static string Language() => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
}
