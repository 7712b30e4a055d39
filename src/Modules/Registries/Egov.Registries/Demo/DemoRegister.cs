using System.Text;
using Egov.Platform.Packs;
using Egov.Platform.Packs.Demo;
using Egov.Registries.Contracts;
using Egov.Registries.Domain;

namespace Egov.Registries.Demo;

/// <summary>
/// The pack's demo people and companies, indexed once at start-up; read-only, so one instance serves every
/// request. A pack without demo data gives an empty register.
/// </summary>
internal sealed class DemoRegister
{
    private readonly PersonIdentifierFormat? personFormat;
    private readonly PersonIdentifierFormat? businessFormat;
    private readonly Dictionary<string, DemoResident> byIdentifier = new(StringComparer.Ordinal);
    private readonly Dictionary<ResidentId, DemoResident> residents = [];
    private readonly ILookup<ResidentId, DemoResident> children;
    private readonly Dictionary<CompanyId, DemoBusiness> companies = [];
    private readonly ILookup<ResidentId, DemoBusiness> companiesByRepresentative;

    public DemoRegister(CountryPack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        personFormat = pack.People is { } people ? pack.Identifiers[people.Identifier] : null;
        businessFormat = pack.Businesses is { } businesses ? pack.Identifiers[businesses.Identifier] : null;
        AgeOfMajority = pack.People?.AgeOfMajority;

        var ids = (pack.Demo?.People ?? []).ToDictionary(p => p.Key, p => new ResidentId(StableId.For(pack.Code, "resident", p.Key)));
        foreach (var person in pack.Demo?.People ?? [])
        {
            var resident = new DemoResident(ids[person.Key], person, [.. person.Parents.Select(k => ids[k])]);
            residents.Add(resident.Id, resident);
            byIdentifier.Add(person.Identifier, resident);
        }

        children = residents.Values.SelectMany(r => r.Parents.Select(p => (Parent: p, Child: r))).ToLookup(x => x.Parent, x => x.Child);
        foreach (var company in pack.Demo?.Companies ?? [])
        {
            var business = new DemoBusiness(
                new CompanyId(StableId.For(pack.Code, "company", company.Key)), company, [.. company.Representatives.Select(k => ids[k])]);
            companies.Add(business.Id, business);
        }

        companiesByRepresentative = companies.Values.SelectMany(c => c.Representatives.Select(r => (Representative: r, Company: c)))
            .ToLookup(x => x.Representative, x => x.Company);
    }

    /// <summary>Null when the pack declares no people settings; then nobody is a minor either.</summary>
    public int? AgeOfMajority { get; }

    /// <summary>The resident whose identifier, as typed, normalises to a registered one; a malformed value finds nobody.</summary>
    public DemoResident? FindByIdentifier(string typed)
    {
        var check = personFormat?.Validate(typed);
        return check is { IsValid: true, Normalized: { } normalized } ? byIdentifier.GetValueOrDefault(normalized) : null;
    }

    public DemoResident? Find(ResidentId id) => residents.GetValueOrDefault(id);

    public DemoBusiness? Find(CompanyId id) => companies.GetValueOrDefault(id);

    public IEnumerable<DemoResident> ChildrenOf(ResidentId parent) => children[parent];

    public IEnumerable<DemoBusiness> CompaniesRepresentedBy(ResidentId representative) => companiesByRepresentative[representative];

    public CompanySummary Summary(DemoBusiness business) => new(
        business.Id,
        businessFormat?.Format(business.Company.BusinessNumber) ?? business.Company.BusinessNumber,
        business.Company.Name,
        business.Company.IsActive);

    /// <summary>
    /// Names compare after trimming and in Unicode composed form: some keyboards send Hangul (and accented
    /// Latin) as decomposed characters, which look identical but differ code point by code point.
    /// </summary>
    public static bool SameName(string registered, string typed) =>
        string.Equals(registered.Normalize(NormalizationForm.FormC), typed.Trim().Normalize(NormalizationForm.FormC), StringComparison.Ordinal);
}
