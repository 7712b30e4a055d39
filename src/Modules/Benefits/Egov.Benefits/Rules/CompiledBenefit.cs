using System.Linq.Expressions;
using Egov.Platform.Packs;

namespace Egov.Benefits.Rules;

/// <summary>A benefit of the pack with every version of its rule compiled to delegates.</summary>
internal sealed record CompiledBenefit(BenefitDefinition Definition, IReadOnlyList<CompiledPeriod> Periods)
{
    public string Code => Definition.Code;

    /// <summary>The version in force on <paramref name="date"/>, or null.</summary>
    public CompiledPeriod? On(DateOnly date)
    {
        for (var i = 0; i < Periods.Count; i++)
        {
            var period = Periods[i];
            if (period.From <= date && (period.Until is null || date <= period.Until))
            {
                return period;
            }
        }

        return null;
    }
}

/// <summary>One version of a rule: its conditions and its amount, each alone (to explain) and fused (to grant fast).</summary>
internal sealed record CompiledPeriod(DateOnly From, DateOnly? Until, IReadOnlyList<CompiledCondition> Conditions, CompiledAmount? Amount)
{
    /// <summary>Every condition holds, no fact it reads missing: one delegate for the whole version (see <see cref="FusedRule"/>).</summary>
    public Func<PersonContext, bool> Holds { get; } = FusedRule.AllHold(Conditions);

    /// <summary>The amount, or null when the version has none or a fact it reads is missing: one delegate.</summary>
    public Func<PersonContext, decimal?> AmountFor { get; } = FusedRule.Amount(Amount);
}

/// <summary>A condition: its test (compiled, and as the tree it came from), and the declared facts it reads (unknown while one is missing).</summary>
internal sealed record CompiledCondition(BenefitCondition Source, Func<PersonContext, bool> Test, Expression<Func<PersonContext, bool>> Tree, IReadOnlyList<Fact> Reads)
{
    /// <summary>Met, unmet, or unknown with the first missing fact.</summary>
    public ConditionResult Check(PersonContext context) =>
        Fact.AnyMissing(Reads, context) ? ConditionResult.Unknown : Test(context) ? ConditionResult.Met : ConditionResult.Unmet;
}

/// <summary>An amount: its formula (compiled, and as its tree), and the declared facts it reads.</summary>
internal sealed record CompiledAmount(Func<PersonContext, decimal> Formula, Expression<Func<PersonContext, decimal>> Tree, IReadOnlyList<Fact> Reads)
{
    /// <summary>The amount, or null while a fact it reads is missing.</summary>
    public decimal? For(PersonContext context) => Fact.AnyMissing(Reads, context) ? null : Formula(context);
}

/// <summary>What a condition says about a person.</summary>
internal enum ConditionResult
{
    Met,
    Unmet,
    Unknown,
}
