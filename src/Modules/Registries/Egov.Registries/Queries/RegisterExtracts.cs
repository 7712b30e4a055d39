using Egov.Platform.Audit;
using Egov.Platform.Packs;
using Egov.Registries.Contracts;
using Egov.Registries.Data;
using Egov.Registries.Domain;
using Microsoft.EntityFrameworkCore;

namespace Egov.Registries.Queries;

/// <summary>
/// <see cref="IRegisterExtracts"/>: the sections a certificate needs, with identifiers decrypted only to be masked or
/// written in display form. Everyone shown is logged, in one audit transaction, before the extract is returned: a
/// family certificate discloses the relatives too, and their access pages must say so.
/// </summary>
internal sealed class RegisterExtracts(
    RegistriesDbContext db, ExtractPeople people, PropertyExtracts properties, CompanyExtracts companies, CountryPack pack, IAuditLog audit) : IRegisterExtracts
{
    public const string Action = "registries.extract.read";

    private readonly AddressWriter addresses = new(pack);

    public Task<PropertyExtract?> ReadPropertyAsync(PropertyRef entry, ExtractRequest request, DataPurpose purpose, CancellationToken cancellationToken = default) =>
        properties.ReadAsync(entry, request, purpose, cancellationToken);

    public Task<CompanyExtract?> ReadCompanyAsync(Guid company, ExtractRequest request, DataPurpose purpose, CancellationToken cancellationToken = default) =>
        companies.ReadAsync(company, request, purpose, cancellationToken);

    public async Task<IReadOnlyList<ClosePerson>> CloseToAsync(ResidentId person, DataPurpose purpose, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(purpose);
        if (await db.Residents.AsNoTracking().SingleOrDefaultAsync(r => r.Id == person.Value, cancellationToken) is not { } resident)
        {
            return [];
        }

        var household = resident.HouseholdId is { } householdId
            ? await db.Residents.AsNoTracking().Where(r => r.HouseholdId == householdId && r.Id != resident.Id && r.Status == ResidentStatus.Alive).ToListAsync(cancellationToken)
            : [];
        var relatives = (await FamilyLinksOf.ReadAsync(db, resident.Id, cancellationToken))
            .Where(x => x.Link.Relation != FamilyRelation.Spouse || x.Link.Until is null)
            .Select(x => x.Other)
            .ToList();
        var inHousehold = household.Select(r => r.Id).ToHashSet();
        var related = relatives.Select(r => r.Id).ToHashSet();
        await LogShownAsync(audit, purpose, [person], cancellationToken);
        return [.. household.Concat(relatives).DistinctBy(r => r.Id).OrderBy(r => r.BirthDate)
            .Select(r => new ClosePerson(new ResidentId(r.Id), r.Name, r.BirthDate, inHousehold.Contains(r.Id), related.Contains(r.Id)))];
    }

    public async Task<Holdings> HoldingsAsync(ResidentId person, string language, DataPurpose purpose, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(purpose);
        var holdings = new Holdings(
            await properties.HeldByAsync(person, language, cancellationToken), await companies.RepresentedByAsync(person, cancellationToken));
        await LogShownAsync(audit, purpose, [person], cancellationToken);
        return holdings;
    }

    public async Task<PersonExtract?> ReadPersonAsync(ResidentId person, ExtractRequest request, DataPurpose purpose, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(purpose);
        if (await db.Residents.AsNoTracking().SingleOrDefaultAsync(r => r.Id == person.Value, cancellationToken) is not { } resident)
        {
            return null;
        }

        var stays = await StaysAsync(resident.Id, request.Language, cancellationToken);
        var current = stays.FirstOrDefault(s => s.MovedOutOn is null);
        var past = request.Sections.HasFlag(ExtractSections.AddressHistory) ? stays.Where(s => s != current).ToList() : [];
        var household = request.Sections.HasFlag(ExtractSections.Household) ? await HouseholdAsync(resident, request, cancellationToken) : null;
        var family = request.Sections.HasFlag(ExtractSections.Family) ? await FamilyAsync(resident.Id, request, cancellationToken) : [];
        var extract = new PersonExtract(Person(resident, request), current, past, household, family);

        var shown = new[] { extract.Person.Id }
            .Concat(household?.Members.Select(m => m.Person.Id) ?? [])
            .Concat(family.Select(f => f.Person.Id))
            .Distinct();
        await LogShownAsync(audit, purpose, shown, cancellationToken);
        return extract;
    }

    /// <summary>Logs the read for every resident an extract shows, in one audit transaction, before it is returned.</summary>
    public static Task LogShownAsync(IAuditLog audit, DataPurpose purpose, IEnumerable<ResidentId> shown, CancellationToken cancellationToken) =>
        audit.AppendManyAsync(
            [.. shown.Select(id => new AuditRecord(purpose.Actor, Action, $"resident:{id.Value}", Purpose: purpose.Purpose, LegalBasis: purpose.LegalBasis))],
            cancellationToken);

    private ExtractPerson Person(Resident r, ExtractRequest request) => people.Person(r, request.RevealIdentifiers);

    private async Task<List<ExtractAddress>> StaysAsync(Guid residentId, string language, CancellationToken cancellationToken)
    {
        var stays = await db.Residences.AsNoTracking()
            .Where(s => s.ResidentId == residentId)
            .Join(db.Addresses, s => s.AddressId, a => a.Id, (s, a) => new { Stay = s, Address = a })
            .ToListAsync(cancellationToken);
        return [.. stays.OrderByDescending(x => x.Stay.MovedInOn)
            .Select(x => new ExtractAddress(addresses.Write(x.Address, language), x.Stay.MovedInOn, x.Stay.MovedOutOn))];
    }

    private async Task<ExtractHousehold?> HouseholdAsync(Resident person, ExtractRequest request, CancellationToken cancellationToken)
    {
        if (person.HouseholdId is not { } id || await db.Households.AsNoTracking().SingleOrDefaultAsync(h => h.Id == id, cancellationToken) is not { } household)
        {
            return null;
        }

        var members = await db.Residents.AsNoTracking()
            .Where(r => r.HouseholdId == id && r.Status == ResidentStatus.Alive)
            .ToListAsync(cancellationToken);
        // The head first, then by age: the order of a household register extract.
        return new ExtractHousehold(household.FormedOn, [.. members
            .OrderBy(m => m.RelationToHead == "head" ? 0 : 1).ThenBy(m => m.BirthDate)
            .Select(m => new ExtractHouseholdMember(Person(m, request), m.RelationToHead))]);
    }

    private async Task<List<ExtractRelative>> FamilyAsync(Guid residentId, ExtractRequest request, CancellationToken cancellationToken)
    {
        // A current spouse only: a certificate of family relations shows the marriage in force, not former ones.
        var relatives = (await FamilyLinksOf.ReadAsync(db, residentId, cancellationToken))
            .Where(x => x.Link.Relation != FamilyRelation.Spouse || x.Link.Until is null)
            .Select(x => (x.Other, Relation: x.Link.Relation == FamilyRelation.Spouse ? "spouse"
                : x.IsUpward ? (x.Link.Relation == FamilyRelation.AdoptiveParent ? "adoptive-parent" : "parent")
                : x.Link.Relation == FamilyRelation.AdoptiveParent ? "adopted-child" : "child"));
        return [.. relatives
            .OrderBy(x => x.Relation switch { "parent" or "adoptive-parent" => 0, "spouse" => 1, _ => 2 }).ThenBy(x => x.Other.BirthDate)
            .Select(x => new ExtractRelative(Person(x.Other, request), x.Relation))];
    }
}
