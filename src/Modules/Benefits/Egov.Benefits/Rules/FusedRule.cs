using System.Linq.Expressions;

namespace Egov.Benefits.Rules;

/// <summary>
/// Fuses a rule version's conditions, with their missing-fact checks, into one compiled delegate, and its amount into
/// another. Called one by one, a person's fifteen benefits cost some twenty-five delegate calls that the C# compiler
/// would have inlined; fused, the expression compiler inlines each condition's tree (an invoked lambda is emitted
/// inline), so granting costs one call per benefit (BenefitRulesBenchmarks in bench/Egov.Benchmarks).
/// </summary>
internal static class FusedRule
{
    private static readonly Func<PersonContext, decimal?> NoAmount = _ => null;

    /// <summary>True when every condition is met, none reading a missing fact; true for a version without conditions.</summary>
    public static Func<PersonContext, bool> AllHold(IReadOnlyList<CompiledCondition> conditions)
    {
        var context = Expression.Parameter(typeof(PersonContext), "person");
        Expression all = Expression.Constant(true);
        for (var i = conditions.Count - 1; i >= 0; i--)
        {
            var condition = conditions[i];
            all = Expression.AndAlso(Known(condition.Reads, context, Expression.Invoke(condition.Tree, context)), all);
        }

        return Expression.Lambda<Func<PersonContext, bool>>(all, context).Compile();
    }

    /// <summary>The amount, null while a fact it reads is missing; always null without a formula.</summary>
    public static Func<PersonContext, decimal?> Amount(CompiledAmount? amount)
    {
        if (amount is null)
        {
            return NoAmount;
        }

        var context = Expression.Parameter(typeof(PersonContext), "person");
        var formula = Expression.Convert(Expression.Invoke(amount.Tree, context), typeof(decimal?));
        return Expression.Lambda<Func<PersonContext, decimal?>>(
            Expression.Condition(Known(amount.Reads, context, Expression.Constant(true)), formula, Expression.Constant(null, typeof(decimal?))), context).Compile();
    }

    /// <summary><paramref name="test"/>, guarded so that a missing fact makes it false before the test reads it.</summary>
    private static Expression Known(IReadOnlyList<Fact> reads, ParameterExpression context, Expression test)
    {
        for (var i = reads.Count - 1; i >= 0; i--)
        {
            test = Expression.AndAlso(Expression.NotEqual(Expression.Property(context, reads[i].Name), Expression.Constant(null, reads[i].Type)), test);
        }

        return test;
    }
}
