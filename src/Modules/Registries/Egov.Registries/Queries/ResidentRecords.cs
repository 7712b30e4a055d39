using Egov.Platform.Audit;
using Egov.Platform.Packs;
using Egov.Registries.Data;
using Egov.Registries.Domain;
using Egov.Registries.Protection;
using Microsoft.EntityFrameworkCore;

namespace Egov.Registries.Queries;

/// <summary>
/// Officials' reads of the population register, each audited against every resident it shows (the person
/// looked up and the household and family members listed), with the purpose and legal basis given.
/// </summary>
internal sealed class ResidentRecords(RegistriesDbContext db, ResidentsByNumber byNumber, ResidentNumbers numbers, CountryPack pack, IAuditLog audit)
{
    /// <summary>Why an official reads the register: their work on the register itself, under the pack's population act.</summary>
    private const string Purpose = "registries.official-view";

    /// <summary>How a family is read out: parents, then spouses, then children.</summary>
    private static readonly string[] FamilyOrder = ["parent", "spouse", "child"];

    /// <summary>The longest list a name search shows: beyond it, the number finds the person.</summary>
    public const int MostMatches = 50;

    private readonly PersonIdentifierFormat? personFormat = pack.People is { } people ? pack.Identifiers[people.Identifier] : null;

    /// <summary>The resident with this number, as typed; null when malformed or unknown (audited either way).</summary>
    public async Task<Guid?> FindByNumberAsync(string typed, string actor, CancellationToken cancellationToken)
    {
        var found = (await byNumber.FindAsync(typed, cancellationToken))?.Id;
        await audit.AppendAsync(
            new AuditRecord(actor, found is null ? "registries.resident.lookup.unmatched" : "registries.resident.lookup", found is null ? "resident:none" : $"resident:{found}", Purpose: Purpose),
            cancellationToken);
        return found;
    }

    /// <summary>
    /// The residents registered under exactly this name (<see cref="Names.Normalize"/>) and birth date, at most
    /// <see cref="MostMatches"/>; each one listed is audited as a look-up, an empty answer as an unmatched one.
    /// </summary>
    public async Task<ResidentMatches> FindByNameAndBirthDateAsync(string typedName, DateOnly birthDate, string actor, CancellationToken cancellationToken)
    {
        var name = Names.Normalize(typedName);
        // Equality on the stored columns, no function around them: one seek in an index on (name, birth_date)
        // among 51.6 million residents. Births and name changes write names normalised; an import keeps the
        // file's (the generator's are normalised).
        var found = await db.Residents.AsNoTracking()
            .Where(r => r.Name == name && r.BirthDate == birthDate)
            .OrderBy(r => r.Id)
            .Take(MostMatches + 1)
            .ToListAsync(cancellationToken);
        var shown = found.Take(MostMatches).ToList();
        if (shown.Count == 0)
        {
            await audit.AppendAsync(new AuditRecord(actor, "registries.resident.lookup.unmatched", "resident:none", Purpose: Purpose), cancellationToken);
        }

        foreach (var resident in shown)
        {
            await audit.AppendAsync(new AuditRecord(actor, "registries.resident.lookup", $"resident:{resident.Id}", Purpose: Purpose), cancellationToken);
        }

        return new ResidentMatches(
            [.. shown.Select(r => new ResidentMatch(r.Id, r.Name, r.BirthDate, r.Sex, r.Status, r.RegionCode, Masked(r)))],
            found.Count > MostMatches);
    }

    public async Task<ResidentRecord?> LoadAsync(Guid id, string actor, CancellationToken cancellationToken)
    {
        var resident = await db.Residents.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (resident is null)
        {
            return null;
        }

        var household = resident.HouseholdId is { } householdId
            ? await db.Residents.AsNoTracking().Where(r => r.HouseholdId == householdId && r.Id != id)
                .Select(r => new RelatedPerson(r.Id, r.Name, r.BirthDate, r.Status == ResidentStatus.Alive, r.RelationToHead ?? "other", null, null))
                .ToListAsync(cancellationToken)
            : [];
        var family = await FamilyOfAsync(id, cancellationToken);
        var residences = await db.Residences.AsNoTracking().Where(r => r.ResidentId == id)
            .Join(db.Addresses.AsNoTracking(), r => r.AddressId, a => a.Id, (r, a) => new { Stay = r, Address = a })
            .ToListAsync(cancellationToken);
        var events = await db.LifeEvents.AsNoTracking().Where(e => e.ResidentId == id || e.RelatedResidentId == id)
            .OrderByDescending(e => e.Sequence).Take(50).ToListAsync(cancellationToken);

        foreach (var shown in household.Select(h => h.Id).Concat(family.Select(f => f.Id)).Prepend(id).Distinct())
        {
            await audit.AppendAsync(new AuditRecord(actor, "registries.resident.read", $"resident:{shown}", Purpose: Purpose), cancellationToken);
        }

        return new ResidentRecord(
            resident, Masked(resident), household, family,
            [.. residences.OrderByDescending(r => r.Stay.MovedInOn).Select(r => (r.Stay, r.Address))],
            events);
    }

    /// <summary>The address in the register with exactly these fields, or null: a move needs a known address.</summary>
    public Task<Address?> FindAddressAsync(string regionCode, string road, string building, string? detail, CancellationToken cancellationToken) =>
        db.Addresses.AsNoTracking()
            .Where(a => a.RegionCode == regionCode && a.Road == road.Trim() && a.Building == building.Trim() && a.Detail == (string.IsNullOrWhiteSpace(detail) ? null : detail.Trim()))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Decrypted only to be masked: the full number goes no further than this line.</summary>
    private string? Masked(Resident resident) => personFormat?.Mask(numbers.Decrypt(resident.NumberCipher));

    private async Task<List<RelatedPerson>> FamilyOfAsync(Guid id, CancellationToken cancellationToken) =>
        [.. (await FamilyLinksOf.ReadAsync(db, id, cancellationToken)).Select(x =>
        {
            var relation = x.Link.Relation == FamilyRelation.Spouse ? "spouse" : x.IsUpward ? "parent" : "child";
            return new RelatedPerson(x.Other.Id, x.Other.Name, x.Other.BirthDate, x.Other.IsAlive, relation, x.Link.Since, x.Link.Until);
        }).OrderBy(p => Array.IndexOf(FamilyOrder, p.Relation)).ThenBy(p => p.BirthDate)];
}
