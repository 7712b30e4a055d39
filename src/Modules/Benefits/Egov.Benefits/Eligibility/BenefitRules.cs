using Egov.Benefits.Rules;
using Egov.Platform.Packs;

namespace Egov.Benefits.Eligibility;

/// <summary>
/// The pack's benefits compiled once, and their evaluation: explained for one person, or reduced to what is granted
/// for the population-wide run (no explanation built, stops at the first unmet condition).
/// </summary>
internal sealed class BenefitRules
{
    public BenefitRules(CountryPack pack)
    {
        var (benefits, errors) = RuleCompiler.Compile(pack.Benefits);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"The pack's benefit rules do not compile:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        }

        Benefits = benefits;
    }

    internal BenefitRules(IReadOnlyList<CompiledBenefit> benefits) => Benefits = benefits;

    public IReadOnlyList<CompiledBenefit> Benefits { get; }

    public IReadOnlyList<Verdict> Explain(PersonContext context, DateOnly date)
    {
        var verdicts = new List<Verdict>(Benefits.Count);
        foreach (var benefit in Benefits)
        {
            if (benefit.On(date) is { } period)
            {
                verdicts.Add(Explain(benefit, period, context));
            }
        }

        return verdicts;
    }

    /// <summary>Calls <paramref name="granted"/> for each benefit whose conditions all hold, with its amount (null when the agency fixes it).</summary>
    public void Grant(PersonContext context, DateOnly date, Action<CompiledBenefit, decimal?> granted)
    {
        for (var i = 0; i < Benefits.Count; i++)
        {
            var benefit = Benefits[i];
            if (benefit.On(date) is { } period && period.Holds(context))
            {
                granted(benefit, period.AmountFor(context));
            }
        }
    }

    /// <summary>The versions in force on <paramref name="date"/>, looked up once for a run that grants many people on that date.</summary>
    public RulesInForce On(DateOnly date)
    {
        var inForce = Benefits.Select(b => (Benefit: b, Period: b.On(date))).Where(x => x.Period is not null).ToList();
        return new RulesInForce([.. inForce.Select(x => x.Benefit)], [.. inForce.Select(x => x.Period!)]);
    }

    /// <summary>Every condition of the version holds for the person (a missing fact never grants).</summary>
    public static bool Grants(CompiledPeriod period, PersonContext context) => period.Holds(context);

    private static Verdict Explain(CompiledBenefit benefit, CompiledPeriod period, PersonContext context)
    {
        var results = period.Conditions.Select(c => (c, c.Check(context))).ToList();
        var missing = results.Where(r => r.Item2 == ConditionResult.Unknown)
            .SelectMany(r => r.c.Reads.Where(f => f.IsMissing(context))).Distinct().ToList();
        var outcome = results.Any(r => r.Item2 == ConditionResult.Unmet) ? Outcome.DoesNotGet
            : missing.Count > 0 ? Outcome.MayGet
            : Outcome.Gets;
        var amount = outcome == Outcome.DoesNotGet ? null : period.Amount?.For(context);
        return new Verdict(benefit, outcome, amount, results, missing);
    }
}
