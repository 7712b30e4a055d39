using Egov.Identity.Contracts;
using Egov.Identity.Data;
using Egov.Platform.Packs;
using Egov.Registries.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Egov.Identity.Acting;

/// <summary>
/// Whom a resident may act for, decided live: minor children and company representation from the registers
/// on the day (so a child's majority or a representative's removal ends them with nothing to revoke), and
/// powers of attorney in force from Identity's table.
/// </summary>
internal sealed class Delegations(IResidentDirectory residents, IdentityModuleDbContext db, CountryPack pack, TimeProvider time)
{
    /// <summary>In the country's time zone: a power ends, and a child comes of age, at the country's midnight.</summary>
    public DateOnly Today => pack.Today(time);

    /// <summary>Everyone the resident may act for today, children first, then grantors, then companies.</summary>
    public async Task<IReadOnlyList<Delegation>> ForAsync(Guid actorResidentId, CancellationToken cancellationToken)
    {
        var purpose = Purpose(actorResidentId);
        var actor = new ResidentId(actorResidentId);
        var children = await residents.MinorChildrenAsync(actor, Today, purpose, cancellationToken);
        var powers = await PowersFromAsync(actorResidentId, grantor: null, purpose, cancellationToken);
        var companies = await residents.CompaniesRepresentedByAsync(actor, purpose, cancellationToken);
        return
        [
            .. children.Select(Guardian),
            .. powers,
            .. companies.Where(c => c.IsActive).Select(Company),
        ];
    }

    /// <summary>The one delegation that lets the resident act for <paramref name="subjectId"/> as <paramref name="kind"/> today, or null.</summary>
    public async Task<Delegation?> FindAsync(Guid actorResidentId, DelegationKind kind, Guid subjectId, CancellationToken cancellationToken)
    {
        var purpose = Purpose(actorResidentId);
        var actor = new ResidentId(actorResidentId);
        return kind switch
        {
            DelegationKind.Guardian => (await residents.MinorChildrenAsync(actor, Today, purpose, cancellationToken))
                .Where(c => c.Id.Value == subjectId).Select(Guardian).FirstOrDefault(),
            DelegationKind.PowerOfAttorney => (await PowersFromAsync(actorResidentId, subjectId, purpose, cancellationToken)).FirstOrDefault(),
            DelegationKind.CompanyRepresentative => (await residents.CompaniesRepresentedByAsync(actor, purpose, cancellationToken))
                .Where(c => c.IsActive && c.Id.Value == subjectId).Select(Company).FirstOrDefault(),
            _ => null,
        };
    }

    /// <summary>
    /// The delegation as last confirmed by <see cref="FindAsync"/> (subject <paramref name="subjectName"/>), re-read
    /// from Identity's own table only: a power's revocation or end still shows at once, while the registers'
    /// facts (a child's age, a grantor's life, a representation) keep what the last full check read.
    /// </summary>
    public async Task<Delegation?> FindWithoutRegistersAsync(
        Guid actorResidentId, DelegationKind kind, Guid subjectId, string subjectName, CancellationToken cancellationToken) => kind switch
    {
        DelegationKind.Guardian => new Delegation(kind, new Party(PartyKind.Resident, subjectId, subjectName), null, null),
        DelegationKind.CompanyRepresentative => new Delegation(kind, new Party(PartyKind.Company, subjectId, subjectName), null, null),
        DelegationKind.PowerOfAttorney => await InForce(actorResidentId, subjectId).ToListAsync(cancellationToken) is { Count: > 0 } powers
            ? PowersFrom(new Party(PartyKind.Resident, subjectId, subjectName), powers)
            : null,
        _ => null,
    };

    /// <summary>
    /// Powers in force for the agent, one delegation per living grantor: several powers from one person add
    /// up to the union of their services, until the latest of their last days.
    /// </summary>
    private async Task<List<Delegation>> PowersFromAsync(Guid agent, Guid? grantor, DataPurpose purpose, CancellationToken cancellationToken)
    {
        var powers = await InForce(agent, grantor).ToListAsync(cancellationToken);
        var result = new List<Delegation>();
        foreach (var fromOne in powers.GroupBy(p => p.GrantorResidentId))
        {
            // A power of attorney ends with the grantor's death: the registers say whether they are alive.
            if (await residents.GetAsync(new ResidentId(fromOne.Key), purpose, cancellationToken) is { IsAlive: true } person)
            {
                result.Add(PowersFrom(new Party(PartyKind.Resident, person.Id.Value, person.Name), fromOne));
            }
        }

        return result;
    }

    private IQueryable<PowerOfAttorney> InForce(Guid agent, Guid? grantor)
    {
        var today = Today;
        return db.PowersOfAttorney.AsNoTracking()
            .Where(p => p.AgentResidentId == agent && p.RevokedAt == null && p.ValidFrom <= today && p.ValidUntil >= today)
            .Where(p => grantor == null || p.GrantorResidentId == grantor);
    }

    private static Delegation PowersFrom(Party grantor, IEnumerable<PowerOfAttorney> powers) => new(
        DelegationKind.PowerOfAttorney,
        grantor,
        powers.SelectMany(p => p.Services).ToHashSet(StringComparer.Ordinal),
        powers.Max(p => p.ValidUntil));

    private static Delegation Guardian(ResidentSummary child) =>
        new(DelegationKind.Guardian, new Party(PartyKind.Resident, child.Id.Value, child.Name), null, null);

    private static Delegation Company(CompanySummary company) =>
        new(DelegationKind.CompanyRepresentative, new Party(PartyKind.Company, company.Id.Value, company.Name), null, null);

    private static DataPurpose Purpose(Guid actorResidentId) =>
        new($"resident:{actorResidentId}", "identity.delegation", "acting on behalf: family relations, company representation, powers of attorney");
}
