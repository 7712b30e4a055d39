using Egov.Platform.Audit;
using Egov.Registries.Contracts;
using Egov.Registries.Domain;

namespace Egov.Registries.Demo;

/// <summary>
/// <see cref="IResidentDirectory"/> over the pack's demo register. Every answer that carries a resident's
/// data is written to the audit log first, one entry per resident concerned, so each person's "who looked
/// at my data" page is complete. A lookup by identifier and name that finds nobody is logged under no
/// resident: it discloses nothing, but a run of them is someone probing numbers, and logging both outcomes
/// makes them take the same time.
/// </summary>
internal sealed class DemoResidentDirectory(DemoRegister register, IAuditLog audit) : IResidentDirectory
{
    /// <summary>No resident's page shows it; what was typed is never logged (it may be someone's real number).</summary>
    private const string UnmatchedSubject = "resident:none";

    public async Task<ResidentSummary?> FindByIdentifierAndNameAsync(
        string personalIdentifier, string name, DataPurpose purpose, CancellationToken cancellationToken = default) =>
        (await FindLoggedAsync(personalIdentifier, name, "registries.resident.read", purpose, cancellationToken))?.Summary;

    public async Task<ResidentContact?> FindContactAsync(
        string personalIdentifier, string name, DataPurpose purpose, CancellationToken cancellationToken = default) =>
        await FindLoggedAsync(personalIdentifier, name, "registries.resident.contact.read", purpose, cancellationToken) is { } resident
            ? new ResidentContact(resident.Summary, resident.Person.Phone)
            : null;

    public async Task<ResidentSummary?> GetAsync(ResidentId id, DataPurpose purpose, CancellationToken cancellationToken = default)
    {
        if (register.Find(id) is not { } resident)
        {
            return null;
        }

        await LogAsync("registries.resident.read", [id], purpose, cancellationToken);
        return resident.Summary;
    }

    public async Task<IReadOnlyList<ResidentSummary>> MinorChildrenAsync(
        ResidentId parent, DateOnly asOf, DataPurpose purpose, CancellationToken cancellationToken = default)
    {
        if (register.Find(parent) is null || register.AgeOfMajority is not { } majority)
        {
            return [];
        }

        // A child not yet born on asOf, or deceased, is no one a parent can act for.
        var minors = register.ChildrenOf(parent)
            .Where(c => c.Person.IsAlive && c.Person.BirthDate <= asOf && Age.InFullYears(c.Person.BirthDate, asOf) < majority)
            .OrderBy(c => c.Person.BirthDate)
            .ToList();
        await LogAsync("registries.resident.children.read", [parent, .. minors.Select(c => c.Id)], purpose, cancellationToken);
        return [.. minors.Select(c => c.Summary)];
    }

    public async Task<IReadOnlyList<CompanySummary>> CompaniesRepresentedByAsync(
        ResidentId representative, DataPurpose purpose, CancellationToken cancellationToken = default)
    {
        if (register.Find(representative) is null)
        {
            return [];
        }

        await LogAsync("registries.resident.companies.read", [representative], purpose, cancellationToken);
        return [.. register.CompaniesRepresentedBy(representative).Select(register.Summary)];
    }

    public async Task<IReadOnlyList<ResidentSummary>> RepresentativesOfAsync(
        CompanyId company, DataPurpose purpose, CancellationToken cancellationToken = default)
    {
        if (register.Find(company) is not { } business)
        {
            return [];
        }

        var representatives = business.Representatives.Select(id => register.Find(id)!).ToList();
        await LogAsync("registries.company.representatives.read", [.. representatives.Select(r => r.Id)], purpose, cancellationToken);
        return [.. representatives.Select(r => r.Summary)];
    }

    private async Task<DemoResident?> FindLoggedAsync(
        string personalIdentifier, string name, string action, DataPurpose purpose, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(personalIdentifier);
        ArgumentNullException.ThrowIfNull(name);
        var resident = register.FindByIdentifier(personalIdentifier);
        // Nobody may prove to be a deceased person: a dead person's number and name are the classic stolen identity.
        if (resident is null || !resident.Person.IsAlive || !DemoRegister.SameName(resident.Person.Name, name))
        {
            ArgumentNullException.ThrowIfNull(purpose);
            await audit.AppendAsync(
                new AuditRecord(purpose.Actor, "registries.resident.lookup.unmatched", UnmatchedSubject, Purpose: purpose.Purpose, LegalBasis: purpose.LegalBasis),
                cancellationToken);
            return null;
        }

        await LogAsync(action, [resident.Id], purpose, cancellationToken);
        return resident;
    }

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
