using Egov.Registries.Contracts;
using Egov.Registries.Data;
using Egov.Registries.Domain;
using Microsoft.EntityFrameworkCore;

namespace Egov.Registries.Situations;

/// <summary>
/// Turns residents (whole households) into situations with four queries whatever their number: their family links (two,
/// one per side), their parents' links to every child (for the birth order), and the people those links name.
/// </summary>
internal static class SituationBuilder
{
    private static readonly string[] ParentRelations = [FamilyRelation.Parent, FamilyRelation.AdoptiveParent];

    public static async Task<IReadOnlyList<PersonSituation>> BuildAsync(
        RegistriesDbContext db, IReadOnlyList<SituationRow> residents, CancellationToken cancellationToken)
    {
        var ids = residents.Select(r => r.Id).ToList();
        // Each side of a link in its own query, not one query with OR: PostgreSQL planned `resident_id IN (…) OR
        // relative_id IN (…)` over a chunk of 4,000 as a scan of the whole table (140–170 ms a chunk at a million
        // residents, and growing with the register); each side alone is an index scan (8–11 ms).
        var links = await db.FamilyLinks.AsNoTracking()
            .Where(l => ids.Contains(l.ResidentId))
            .Select(l => new Link(l.ResidentId, l.RelativeId, l.Relation, l.Until))
            .ToListAsync(cancellationToken);
        // A link between two of the chunk's residents comes back from both sides: the second copy is dropped here, not by
        // `NOT resident_id = ANY(…)` in SQL, which PostgreSQL checks against the whole array for every row (a quarter
        // of a chunk's server time).
        var chunk = ids.ToHashSet();
        links.AddRange((await db.FamilyLinks.AsNoTracking()
            .Where(l => ids.Contains(l.RelativeId))
            .Select(l => new Link(l.ResidentId, l.RelativeId, l.Relation, l.Until))
            .ToListAsync(cancellationToken)).Where(l => !chunk.Contains(l.Child)));
        var parentIds = links.Where(l => l.IsParentLink && chunk.Contains(l.Child)).Select(l => l.Other).Distinct().ToList();
        var siblingLinks = await db.FamilyLinks.AsNoTracking()
            .Where(l => parentIds.Contains(l.RelativeId) && ParentRelations.Contains(l.Relation))
            .Select(l => new Link(l.ResidentId, l.RelativeId, l.Relation, l.Until))
            .ToListAsync(cancellationToken);
        // The chunk's own residents are known (living, with their birth dates): only the relatives outside it are read.
        var outside = links.SelectMany(l => new[] { l.Child, l.Other }).Concat(siblingLinks.Select(l => l.Child))
            .Where(id => !chunk.Contains(id)).Distinct().ToList();
        var people = await db.Residents.AsNoTracking()
            .Where(r => outside.Contains(r.Id))
            .Select(r => new Person(r.Id, r.BirthDate, r.Status == ResidentStatus.Alive))
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        foreach (var resident in residents)
        {
            people[resident.Id] = new Person(resident.Id, resident.BirthDate, IsAlive: true);
        }

        var byHousehold = residents.Where(r => r.HouseholdId is not null).ToLookup(r => r.HouseholdId);
        var parentsOf = links.Concat(siblingLinks).Where(l => l.IsParentLink).Distinct().ToLookup(l => l.Child, l => l.Other);
        var childrenOf = links.Concat(siblingLinks).Where(l => l.IsParentLink).Distinct().ToLookup(l => l.Other, l => l.Child);
        var spousesOf = links.Where(l => l.Relation == FamilyRelation.Spouse && l.Until is null)
            .SelectMany(l => new[] { (Of: l.Child, Spouse: l.Other), (Of: l.Other, Spouse: l.Child) })
            .ToLookup(x => x.Of, x => x.Spouse);
        return [.. residents.Select(r => Situation(r, parentsOf, childrenOf, spousesOf, people, r.HouseholdId is { } h ? byHousehold[h] : []))];
    }

    private static PersonSituation Situation(
        SituationRow r, ILookup<Guid, Guid> parentsOf, ILookup<Guid, Guid> childrenOf, ILookup<Guid, Guid> spousesOf,
        Dictionary<Guid, Person> people, IEnumerable<SituationRow> household)
    {
        var parents = parentsOf[r.Id].ToHashSet();
        var children = childrenOf[r.Id].ToHashSet();
        // A marriage stands while it is neither dissolved nor ended by the spouse's death.
        var hasSpouse = spousesOf[r.Id].Any(s => people.TryGetValue(s, out var spouse) && spouse.IsAlive);
        // Birth order counts every child of the parents, living or not; twins are ordered by id so each has one place.
        var siblings = parents.SelectMany(p => childrenOf[p]).Where(c => c != r.Id).Distinct()
            .Count(c => people.TryGetValue(c, out var s) && (s.BirthDate, s.Id).CompareTo((r.BirthDate, r.Id)) < 0);
        return new PersonSituation(
            new ResidentId(r.Id), r.BirthDate, r.Sex, r.RegionCode, hasSpouse,
            [.. children.Select(c => people.GetValueOrDefault(c)).OfType<Person>().Where(c => c.IsAlive).Select(c => c.BirthDate).Order()],
            siblings + 1,
            [.. household.Where(m => m.Id != r.Id).Select(m => new HouseholdMate(new ResidentId(m.Id), m.BirthDate, parents.Contains(m.Id), children.Contains(m.Id)))]);
    }

    /// <summary>A family link: for a parent link <see cref="Child"/> is the child and <see cref="Other"/> the parent.</summary>
    private sealed record Link(Guid Child, Guid Other, string Relation, DateOnly? Until)
    {
        public bool IsParentLink => Relation is FamilyRelation.Parent or FamilyRelation.AdoptiveParent;
    }

    private sealed record Person(Guid Id, DateOnly BirthDate, bool IsAlive);
}
