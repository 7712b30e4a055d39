using Egov.Platform.Audit;
using Egov.Platform.Packs;
using Egov.Registries.Contracts;
using Egov.Registries.Data;
using Egov.Registries.Domain;
using Microsoft.EntityFrameworkCore;

namespace Egov.Registries.Queries;

/// <summary>
/// <see cref="IResidentDirectory"/> over the population and business registers. Every answer that carries a resident's
/// data is written to the audit log first, one entry per resident concerned, so each person's "who looked
/// at my data" page is complete. A lookup by identifier and name that finds nobody is logged under no
/// resident: it discloses nothing, but a run of them is someone probing numbers, and logging both outcomes
/// makes them take the same time.
/// </summary>
internal sealed class ResidentDirectory(RegistriesDbContext db, ResidentsByNumber byNumber, CountryPack pack, IAuditLog audit) : IResidentDirectory
{
    private readonly PersonIdentifierFormat? businessFormat = pack.Businesses is { } businesses ? pack.Identifiers[businesses.Identifier] : null;

    /// <summary>No resident's page shows it; what was typed is never logged (it may be someone's real number).</summary>
    private const string UnmatchedSubject = "resident:none";

    public async Task<ResidentSummary?> FindByIdentifierAndNameAsync(
        string personalIdentifier, string name, DataPurpose purpose, CancellationToken cancellationToken = default) =>
        await FindLoggedAsync(personalIdentifier, name, "registries.resident.read", purpose, cancellationToken) is { } resident ? Summary(resident) : null;

    public async Task<ResidentSummary?> FindByIdentifierAsync(string personalIdentifier, DataPurpose purpose, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(personalIdentifier);
        return await LoggedAsync(await byNumber.FindAsync(personalIdentifier, cancellationToken), "registries.resident.read", purpose, cancellationToken) is { } resident
            ? Summary(resident)
            : null;
    }

    public async Task<ResidentContact?> FindContactAsync(
        string personalIdentifier, string name, DataPurpose purpose, CancellationToken cancellationToken = default) =>
        await FindLoggedAsync(personalIdentifier, name, "registries.resident.contact.read", purpose, cancellationToken) is { } resident
            ? new ResidentContact(Summary(resident), resident.Phone)
            : null;

    public async Task<ResidentSummary?> GetAsync(ResidentId id, DataPurpose purpose, CancellationToken cancellationToken = default)
    {
        if (await FindAsync(id, cancellationToken) is not { } resident)
        {
            return null;
        }

        await LogAsync("registries.resident.read", [id], purpose, cancellationToken);
        return Summary(resident);
    }

    public async Task<string?> PhoneOnRecordAsync(ResidentId id, DataPurpose purpose, CancellationToken cancellationToken = default)
    {
        if (await FindAsync(id, cancellationToken) is not { Phone: { } phone })
        {
            return null;
        }

        await LogAsync("registries.resident.contact.read", [id], purpose, cancellationToken);
        return phone;
    }

    public async Task<IReadOnlyList<ResidentSummary>> MinorChildrenAsync(
        ResidentId parent, DateOnly asOf, DataPurpose purpose, CancellationToken cancellationToken = default)
    {
        if (await FindAsync(parent, cancellationToken) is null || pack.People?.AgeOfMajority is not { } majority)
        {
            return [];
        }

        // Born after the majority cut-off (a day's margin either side of the exact age, settled below) and alive.
        var bornAfter = asOf.AddYears(-majority - 1);
        var children = await db.FamilyLinks
            .Where(l => l.RelativeId == parent.Value && (l.Relation == FamilyRelation.Parent || l.Relation == FamilyRelation.AdoptiveParent))
            .Join(db.Residents, l => l.ResidentId, r => r.Id, (l, r) => r)
            .Where(r => r.Status == ResidentStatus.Alive && r.BirthDate > bornAfter && r.BirthDate <= asOf)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        // A child not yet born on asOf, or deceased, is no one a parent can act for.
        var minors = children.Where(c => Age.InFullYears(c.BirthDate, asOf) < majority).DistinctBy(c => c.Id).OrderBy(c => c.BirthDate).ToList();
        await LogAsync("registries.resident.children.read", [parent, .. minors.Select(c => new ResidentId(c.Id))], purpose, cancellationToken);
        return [.. minors.Select(Summary)];
    }

    public async Task<IReadOnlyList<Relative>> RelativesAsync(ResidentId person, DataPurpose purpose, CancellationToken cancellationToken = default)
    {
        if (await FindAsync(person, cancellationToken) is not { } resident)
        {
            return [];
        }

        var id = person.Value;
        var links = await db.FamilyLinks.AsNoTracking().Where(l => l.ResidentId == id || l.RelativeId == id).ToListAsync(cancellationToken);
        var others = links.Select(l => l.ResidentId == id ? l.RelativeId : l.ResidentId).Distinct().ToList();
        var people = await db.Residents.AsNoTracking().Where(r => others.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        var relatives = new List<Relative>();
        foreach (var link in links)
        {
            if (!people.TryGetValue(link.ResidentId == id ? link.RelativeId : link.ResidentId, out var other))
            {
                continue;
            }

            var relation = link.Relation == FamilyRelation.Spouse ? RelativeKinds.Spouse : link.ResidentId == id ? RelativeKinds.Parent : RelativeKinds.Child;
            // A marriage ended by divorce is no family; one ended by a spouse's death still is (the widow, the widower).
            if (relation == RelativeKinds.Spouse && link.Until is { } until && until != resident.DiedOn && until != other.DiedOn)
            {
                continue;
            }

            relatives.Add(new Relative(Summary(other), relation, other.DiedOn));
        }

        relatives = [.. relatives.DistinctBy(r => (r.Person.Id, r.Relation))];
        await LogAsync("registries.resident.family.read", [person, .. relatives.Select(r => r.Person.Id)], purpose, cancellationToken);
        return relatives;
    }

    public async Task<IReadOnlyList<CompanySummary>> CompaniesRepresentedByAsync(
        ResidentId representative, DataPurpose purpose, CancellationToken cancellationToken = default)
    {
        if (await FindAsync(representative, cancellationToken) is null)
        {
            return [];
        }

        var companies = await db.Representatives
            .Where(r => r.ResidentId == representative.Value && r.Until == null)
            .Join(db.Companies, r => r.CompanyId, c => c.Id, (r, c) => c)
            .OrderBy(c => c.Name)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        await LogAsync("registries.resident.companies.read", [representative], purpose, cancellationToken);
        return [.. companies.Select(Summary)];
    }

    public async Task<IReadOnlyList<ResidentSummary>> RepresentativesOfAsync(
        CompanyId company, DataPurpose purpose, CancellationToken cancellationToken = default)
    {
        var representatives = await db.Representatives
            .Where(r => r.CompanyId == company.Value && r.Until == null)
            .Join(db.Residents, r => r.ResidentId, p => p.Id, (r, p) => p)
            .OrderBy(p => p.Name)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        await LogAsync("registries.company.representatives.read", [.. representatives.Select(r => new ResidentId(r.Id))], purpose, cancellationToken);
        return [.. representatives.Select(Summary)];
    }

    private async Task<Resident?> FindLoggedAsync(
        string personalIdentifier, string name, string action, DataPurpose purpose, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(personalIdentifier);
        ArgumentNullException.ThrowIfNull(name);
        return await LoggedAsync(await byNumber.FindLivingAsync(personalIdentifier, name, cancellationToken), action, purpose, cancellationToken);
    }

    /// <summary>Logs a lookup: for the resident found, or as unmatched (without what was typed).</summary>
    private async Task<Resident?> LoggedAsync(Resident? resident, string action, DataPurpose purpose, CancellationToken cancellationToken)
    {
        if (resident is null)
        {
            ArgumentNullException.ThrowIfNull(purpose);
            await audit.AppendAsync(
                new AuditRecord(purpose.Actor, "registries.resident.lookup.unmatched", UnmatchedSubject, Purpose: purpose.Purpose, LegalBasis: purpose.LegalBasis),
                cancellationToken);
            return null;
        }

        await LogAsync(action, [new ResidentId(resident.Id)], purpose, cancellationToken);
        return resident;
    }

    private Task<Resident?> FindAsync(ResidentId id, CancellationToken cancellationToken) =>
        db.Residents.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id.Value, cancellationToken);

    private static ResidentSummary Summary(Resident r) => new(new ResidentId(r.Id), r.Name, r.LatinName, r.BirthDate, r.IsAlive);

    private CompanySummary Summary(Company c) =>
        new(new CompanyId(c.Id), businessFormat?.Format(c.BusinessNumber) ?? c.BusinessNumber, c.Name, c.IsActive);

    /// <summary>The subject is the register id, never the personal identifier, which must stay out of logs.</summary>
    private async Task LogAsync(string action, IEnumerable<ResidentId> residents, DataPurpose purpose, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(purpose);
        foreach (var id in residents)
        {
            await audit.AppendAsync(
                new AuditRecord(purpose.Actor, action, $"resident:{id.Value}", Purpose: purpose.Purpose, LegalBasis: purpose.LegalBasis),
                cancellationToken);
        }
    }
}
