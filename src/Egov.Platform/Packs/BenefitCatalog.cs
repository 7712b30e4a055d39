namespace Egov.Platform.Packs;

/// <summary>
/// The benefits of the pack's <c>benefits/</c> folder, one file each: rules as code that the Benefits module compiles.
/// Expressions stay text here (the platform does not know the person's context); each keeps its file and line so a
/// compile error names them.
/// </summary>
public sealed record BenefitCatalog(IReadOnlyList<BenefitDefinition> Benefits)
{
    public static readonly BenefitCatalog None = new([]);

    public BenefitDefinition? Find(string code) => Benefits.FirstOrDefault(b => b.Code == code);
}

/// <summary>A benefit as the law defines it.</summary>
/// <param name="Code">Country-neutral code (<c>child-allowance</c>), the file's name.</param>
/// <param name="Names">Its name per language.</param>
/// <param name="Summary">One sentence per language: what it gives.</param>
/// <param name="Agency">The agency (pack code) that decides applications.</param>
/// <param name="Topic">The notification topic offers are sent under.</param>
/// <param name="Kind">How it is paid: see <see cref="BenefitKinds"/>.</param>
/// <param name="Applicant"><c>self</c>, or <c>guardian</c> when a parent applies for a minor.</param>
/// <param name="Source">Where the published rule is (law or official page).</param>
/// <param name="LegalBasis">The law, article and year of the rule.</param>
/// <param name="Periods">The rule's versions, each from its date.</param>
/// <param name="File">Pack-relative file it was read from.</param>
public sealed record BenefitDefinition(
    string Code, IReadOnlyDictionary<string, string> Names, IReadOnlyDictionary<string, string> Summary, string Agency,
    string Topic, string Kind, string Applicant, Uri Source, string LegalBasis, IReadOnlyList<BenefitPeriod> Periods, string File)
{
    /// <summary>The version in force on <paramref name="date"/>, or null before the first or after the last.</summary>
    public BenefitPeriod? On(DateOnly date) => Periods.FirstOrDefault(p => p.From <= date && (p.Until is null || date <= p.Until));
}

/// <summary>A version of a rule: all its conditions must hold; the amount is then due.</summary>
/// <param name="From">First day it applies.</param>
/// <param name="Until">Last day it applies, or null while in force.</param>
/// <param name="Conditions">The conditions, each explained.</param>
/// <param name="Amount">An expression of the amount in the pack's currency (per month for monthly benefits), or null when the agency fixes it.</param>
/// <param name="AmountLine">The line of the amount in the file.</param>
public sealed record BenefitPeriod(DateOnly From, DateOnly? Until, IReadOnlyList<BenefitCondition> Conditions, string? Amount, int AmountLine);

/// <summary>A condition of a rule.</summary>
/// <param name="Id">Short id, unique in its period (<c>under-8</c>).</param>
/// <param name="When">A boolean expression over the person's context (<c>AgeMonths &lt; 96</c>).</param>
/// <param name="Says">The condition in plain words, per language.</param>
/// <param name="Line">The expression's line in the file.</param>
public sealed record BenefitCondition(string Id, string When, IReadOnlyDictionary<string, string> Says, int Line);

/// <summary>How a benefit is paid.</summary>
public static class BenefitKinds
{
    public const string Monthly = "monthly";
    public const string Yearly = "yearly";
    public const string OneOff = "one-off";
    public const string Discount = "discount";
    public const string Alert = "alert";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Monthly, Yearly, OneOff, Discount, Alert };
}
