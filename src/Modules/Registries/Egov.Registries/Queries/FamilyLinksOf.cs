using Egov.Registries.Data;
using Egov.Registries.Domain;
using Microsoft.EntityFrameworkCore;

namespace Egov.Registries.Queries;

/// <summary>
/// A resident's family links with the relative at the other end, read in two queries (links, then the people
/// they name); the citizen's and the official's pages each say the relation in their own words.
/// </summary>
internal static class FamilyLinksOf
{
    /// <summary>Each link of <paramref name="residentId"/> and its other person; <c>IsUpward</c>: the other is a parent.</summary>
    public static async Task<IReadOnlyList<(FamilyLink Link, Resident Other, bool IsUpward)>> ReadAsync(
        RegistriesDbContext db, Guid residentId, CancellationToken cancellationToken)
    {
        var links = await db.FamilyLinks.AsNoTracking()
            .Where(l => l.ResidentId == residentId || l.RelativeId == residentId)
            .ToListAsync(cancellationToken);
        var others = links.Select(l => l.ResidentId == residentId ? l.RelativeId : l.ResidentId).Distinct().ToList();
        var people = await db.Residents.AsNoTracking().Where(r => others.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        return [.. links
            .Select(l => (Link: l, OtherId: l.ResidentId == residentId ? l.RelativeId : l.ResidentId))
            .Where(x => people.ContainsKey(x.OtherId))
            .Select(x => (x.Link, people[x.OtherId], x.Link.ResidentId == residentId))];
    }
}
