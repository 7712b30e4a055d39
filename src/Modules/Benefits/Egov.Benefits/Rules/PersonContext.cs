using System.Linq.Dynamic.Core.CustomTypeProviders;

namespace Egov.Benefits.Rules;

/// <summary>
/// What a rule of the pack may read about a person on the evaluation date: the vocabulary of <c>benefits/*.yaml</c>
/// (see docs/benefits.md). Register facts are always known; a <see cref="DeclaredFactAttribute"/> fact is null until
/// the person or an agency declares it, and a condition that reads a missing fact is "unknown", never false.
/// </summary>
[DynamicLinqType]
internal sealed class PersonContext
{
    /// <summary>Age in full years.</summary>
    public int AgeYears { get; init; }

    /// <summary>Age in full months (a month is complete on the day of the month the person was born on).</summary>
    public int AgeMonths { get; init; }

    /// <summary><c>male</c> or <c>female</c>.</summary>
    public required string Sex { get; init; }

    /// <summary>Region code of the registered address; empty when there is none.</summary>
    public required string RegionCode { get; init; }

    /// <summary>A marriage stands.</summary>
    public bool Married { get; init; }

    /// <summary>1 for a parents' first child.</summary>
    public int BirthOrder { get; init; }

    /// <summary>The person's living children, oldest first.</summary>
    public required IReadOnlyList<Member> Children { get; init; }

    /// <summary>The other living members of the household.</summary>
    public required IReadOnlyList<Member> Household { get; init; }

    /// <summary>Members of the household, the person included.</summary>
    public int HouseholdSize => Household.Count + 1;

    /// <summary>A parent of the person lives in the household.</summary>
    public bool LivesWithParents => Household.Any(m => m.IsParent);

    /// <summary>The household's recognised income as a percentage of the national median for its size.</summary>
    [DeclaredFact]
    public int? IncomePercentOfMedian { get; init; }

    /// <summary>The person's (and spouse's) recognised monthly income, in the pack's currency.</summary>
    [DeclaredFact]
    public long? MonthlyIncome { get; init; }

    /// <summary>A registered disability.</summary>
    [DeclaredFact]
    public bool? Disabled { get; init; }

    /// <summary>A registered severe disability.</summary>
    [DeclaredFact]
    public bool? SevereDisability { get; init; }

    /// <summary>The child attends a daycare centre or kindergarten.</summary>
    [DeclaredFact]
    public bool? InDaycare { get; init; }

    /// <summary>Enrolled in higher education.</summary>
    [DeclaredFact]
    public bool? Student { get; init; }

    /// <summary>Monthly rent paid, in the pack's currency (0 for an owner).</summary>
    [DeclaredFact]
    public long? MonthlyRent { get; init; }

    /// <summary>The household receives the basic livelihood or medical benefit (the poorest households' scheme).</summary>
    [DeclaredFact]
    public bool? LivelihoodRecipient { get; init; }
}

/// <summary>A child or a household member, as rules see them.</summary>
[DynamicLinqType]
internal sealed record Member(int AgeYears, int AgeMonths, bool IsParent, bool IsChild);

/// <summary>Marks a fact declared by the person or an agency, unknown (null) until then.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class DeclaredFactAttribute : Attribute;
