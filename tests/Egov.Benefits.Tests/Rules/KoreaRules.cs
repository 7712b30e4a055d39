using Egov.Benefits.Eligibility;
using Egov.Benefits.Rules;
using Egov.Platform.Packs;
using Egov.Registries.Contracts;
using Egov.Testing;

namespace Egov.Benefits.Tests.Rules;

/// <summary>The kr pack's rules, compiled once for the rule tests, and people built from a birth date and a family.</summary>
internal static class KoreaRules
{
    public static readonly CountryPack Pack = CountryPackLoader.Load(Path.Combine(RepoPaths.Root, "packs", "kr")).Pack!;

    public static readonly BenefitRules Catalog = new(Pack);

    /// <summary>A person born on <paramref name="born"/> with the given family and declared facts, seen on <paramref name="asOf"/>.</summary>
    public static PersonContext Person(
        DateOnly born, DateOnly asOf, bool married = false, int birthOrder = 1, DateOnly[]? children = null,
        HouseholdMate[]? household = null, Dictionary<string, string>? facts = null) =>
        ContextFactory.Create(
            new PersonSituation(new ResidentId(Guid.NewGuid()), born, "female", "11110", married, children ?? [], birthOrder, household ?? []),
            asOf, facts);

    public static Verdict Judge(string code, PersonContext person, DateOnly asOf) =>
        Catalog.Explain(person, asOf).Single(v => v.Benefit.Code == code);

    public static HouseholdMate Mate(DateOnly born, bool isParent = false, bool isChild = false) =>
        new(new ResidentId(Guid.NewGuid()), born, isParent, isChild);

    public static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
