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

        var households = new Relatives<SituationRow>();
        foreach (var resident in residents)
        {
            if (resident.HouseholdId is { } household)
            {
                households.Add(household, resident);
            }
        }

        // Built by hand, not with ToLookup and Distinct: a population run builds every resident's situation, and the
        // iterators and sets per person were much of what it allocated.
        var parentsOf = new Relatives<Guid>();
        var childrenOf = new Relatives<Guid>();
        var spousesOf = new Relatives<Guid>();
        foreach (var link in links.Concat(siblingLinks))
        {
            if (link.IsParentLink)
            {
                parentsOf.AddOnce(link.Child, link.Other);
                childrenOf.AddOnce(link.Other, link.Child);
            }
        }

        foreach (var link in links)
        {
            if (link.Relation == FamilyRelation.Spouse && link.Until is null)
            {
                spousesOf.AddOnce(link.Child, link.Other);
                spousesOf.AddOnce(link.Other, link.Child);
            }
        }

        var seen = new List<Guid>();
        var situations = new PersonSituation[residents.Count];
        for (var i = 0; i < residents.Count; i++)
        {
            var r = residents[i];
            var household = r.HouseholdId is { } h ? households.Of(h) : [];
            situations[i] = Situation(r, parentsOf.Of(r.Id), childrenOf, spousesOf.Of(r.Id), people, household, seen);
        }

        return situations;
    }

    private static PersonSituation Situation(
        SituationRow r, List<Guid> parents, Relatives<Guid> childrenOf, List<Guid> spouses, Dictionary<Guid, Person> people,
        List<SituationRow> household, List<Guid> seen)
    {
        var children = childrenOf.Of(r.Id);
        // A marriage stands while it is neither dissolved nor ended by the spouse's death.
        var hasSpouse = false;
        foreach (var spouse in spouses)
        {
            hasSpouse |= people.TryGetValue(spouse, out var s) && s.IsAlive;
        }

        // Birth order counts every child of the parents, living or not; twins are ordered by id so each has one place.
        seen.Clear();
        var olderSiblings = 0;
        foreach (var parent in parents)
        {
            foreach (var sibling in childrenOf.Of(parent))
            {
                if (sibling != r.Id && !seen.Contains(sibling))
                {
                    seen.Add(sibling);
                    olderSiblings += people.TryGetValue(sibling, out var s) && (s.BirthDate, s.Id).CompareTo((r.BirthDate, r.Id)) < 0 ? 1 : 0;
                }
            }
        }

        var childBirths = new List<DateOnly>(children.Count);
        foreach (var child in children)
        {
            if (people.TryGetValue(child, out var c) && c.IsAlive)
            {
                childBirths.Add(c.BirthDate);
            }
        }

        childBirths.Sort();
        var mates = new HouseholdMate[Math.Max(household.Count - 1, 0)];
        var m = 0;
        foreach (var mate in household)
        {
            if (mate.Id != r.Id)
            {
                mates[m++] = new HouseholdMate(new ResidentId(mate.Id), mate.BirthDate, parents.Contains(mate.Id), children.Contains(mate.Id));
            }
        }

        return new PersonSituation(new ResidentId(r.Id), r.BirthDate, r.Sex, r.RegionCode, hasSpouse, childBirths, olderSiblings + 1, mates);
    }

    /// <summary>A family link: for a parent link <see cref="Child"/> is the child and <see cref="Other"/> the parent.</summary>
    private sealed record Link(Guid Child, Guid Other, string Relation, DateOnly? Until)
    {
        public bool IsParentLink => Relation is FamilyRelation.Parent or FamilyRelation.AdoptiveParent;
    }

    private sealed record Person(Guid Id, DateOnly BirthDate, bool IsAlive);
}
