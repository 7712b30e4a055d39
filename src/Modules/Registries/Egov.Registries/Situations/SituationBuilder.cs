using System.Data.Common;
using Egov.Platform.Batches;
using Egov.Registries.Contracts;
using Egov.Registries.Data;
using Egov.Registries.Domain;
using Microsoft.EntityFrameworkCore;

namespace Egov.Registries.Situations;

/// <summary>
/// Turns a run of consecutive residents into situations with five queries whatever their number: their family links
/// (two, one per side, each a range of ids), their households, their parents' links to every child (for the birth order),
/// and the people those links name.
/// </summary>
internal static class SituationBuilder
{
    private static readonly string[] ParentRelations = [FamilyRelation.Parent, FamilyRelation.AdoptiveParent];

    /// <summary>The household of a resident without one: never changed.</summary>
    private static readonly List<SituationRow> NoHousehold = [];

    private static readonly Func<DbDataReader, Link> ReadLink = r =>
        new(r.GetGuid(0), r.GetGuid(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetFieldValue<DateOnly>(3));

    private static readonly Func<DbDataReader, Person> ReadPerson = r => new(r.GetGuid(0), r.GetFieldValue<DateOnly>(1), r.GetBoolean(2));

    /// <summary>
    /// The situations of <paramref name="residents"/>: living residents in id order, every one whose id lies between the
    /// first and the last (a slice of <see cref="SituationRow.Living"/>, or a single resident). The rows are read by
    /// <paramref name="rows"/>: awaiting for one person in a request, blocking on its own thread for the population (then
    /// the task is complete when returned).
    /// </summary>
    public static async Task<IReadOnlyList<PersonSituation>> BuildAsync(
        RegistriesDbContext db, RowReader rows, IReadOnlyList<SituationRow> residents, CancellationToken cancellationToken)
    {
        var chunk = new HashSet<Guid>(residents.Count);
        var householdIds = new HashSet<Guid>();
        foreach (var resident in residents)
        {
            chunk.Add(resident.Id);
            if (resident.HouseholdId is { } household)
            {
                householdIds.Add(household);
            }
        }

        // The links of a run of consecutive ids are a range of each link index: one descent and a walk along its leaves,
        // where `resident_id = ANY(…)` descended once per id (16,000 pages read for a chunk of 4,000 at national size
        // against 94–112). The range also holds the links of residents between them who are not living (not in the chunk):
        // dropped here. Each side in its own query: `… OR …` was planned as a scan of the whole table.
        var (first, last) = (residents[0].Id, residents[^1].Id);
        var links = new List<Link>();
        foreach (var link in await rows.ListAsync(
            Links(db).Where(l => l.ResidentId >= first && l.ResidentId <= last).Select(LinkColumns), ReadLink, cancellationToken))
        {
            if (chunk.Contains(link.Child))
            {
                links.Add(link);
            }
        }

        // A link between two of the chunk's residents comes back from both sides: the second copy is dropped.
        foreach (var link in await rows.ListAsync(
            Links(db).Where(l => l.RelativeId >= first && l.RelativeId <= last).Select(LinkColumns), ReadLink, cancellationToken))
        {
            if (chunk.Contains(link.Other) && !chunk.Contains(link.Child))
            {
                links.Add(link);
            }
        }

        // Households cross chunks (ids are not given by household): their living members are read, the chunk's own too.
        var households = new Relatives<SituationRow>();
        var householdArray = householdIds.ToArray();
        var members = householdArray.Length == 0 ? [] : await rows.ListAsync(
            SituationRow.Living(db).Where(r => householdArray.Contains(r.HouseholdId!.Value)), SituationRow.Read, cancellationToken);
        foreach (var member in members)
        {
            households.Add(member.HouseholdId!.Value, member);
        }

        // Loops and sets by hand, not LINQ chains: this runs for every chunk of the population.
        var parents = new HashSet<Guid>();
        foreach (var link in links)
        {
            if (link.IsParentLink && chunk.Contains(link.Child))
            {
                parents.Add(link.Other);
            }
        }

        var parentIds = parents.ToArray();
        var siblingLinks = await rows.ListAsync(
            Links(db).Where(l => parentIds.Contains(l.RelativeId) && ParentRelations.Contains(l.Relation)).Select(LinkColumns), ReadLink, cancellationToken);
        // The chunk's own residents are known (living, with their birth dates): only the relatives outside it are read.
        var named = new HashSet<Guid>();
        foreach (var link in links)
        {
            named.Add(link.Child);
            named.Add(link.Other);
        }

        foreach (var link in siblingLinks)
        {
            named.Add(link.Child);
        }

        named.ExceptWith(chunk);
        var outside = named.ToArray();
        var people = new Dictionary<Guid, Person>(residents.Count + outside.Length);
        foreach (var person in await rows.ListAsync(
            db.Residents.AsNoTracking().Where(r => outside.Contains(r.Id)).Select(r => new Person(r.Id, r.BirthDate, r.Status == ResidentStatus.Alive)),
            ReadPerson, cancellationToken))
        {
            people[person.Id] = person;
        }

        foreach (var resident in residents)
        {
            people[resident.Id] = new Person(resident.Id, resident.BirthDate, IsAlive: true);
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
            var household = r.HouseholdId is { } h ? households.Of(h) : NoHousehold;
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

    private static IQueryable<FamilyLink> Links(RegistriesDbContext db) => db.FamilyLinks.AsNoTracking();

    /// <summary>The columns <see cref="ReadLink"/> reads, in its order.</summary>
    private static readonly System.Linq.Expressions.Expression<Func<FamilyLink, Link>> LinkColumns = l => new Link(l.ResidentId, l.RelativeId, l.Relation, l.Until);

    /// <summary>A family link: for a parent link <see cref="Child"/> is the child and <see cref="Other"/> the parent.</summary>
    private readonly record struct Link(Guid Child, Guid Other, string Relation, DateOnly? Until)
    {
        public bool IsParentLink => Relation is FamilyRelation.Parent or FamilyRelation.AdoptiveParent;
    }

    /// <summary>Someone a link names; the columns <see cref="ReadPerson"/> reads, in its order.</summary>
    private readonly record struct Person(Guid Id, DateOnly BirthDate, bool IsAlive);
}
