using System.Linq.Dynamic.Core;
using System.Linq.Dynamic.Core.Exceptions;
using System.Linq.Expressions;
using Egov.Platform.Packs;

namespace Egov.Benefits.Rules;

/// <summary>
/// Compiles the pack's rule expressions (Dynamic LINQ, the C#-like syntax Microsoft's RulesEngine uses) once into
/// delegates over <see cref="PersonContext"/>. An expression that does not parse, or is not of the right type, is a
/// pack error naming the file, line and field.
/// </summary>
internal static class RuleCompiler
{
    private static readonly ParsingConfig Config = new() { AllowNewToEvaluateAnyType = false, ResolveTypesBySimpleName = false };

    public static (IReadOnlyList<CompiledBenefit> Benefits, IReadOnlyList<PackError> Errors) Compile(BenefitCatalog catalog)
    {
        var errors = new List<PackError>();
        var benefits = new List<CompiledBenefit>();
        foreach (var benefit in catalog.Benefits)
        {
            var periods = benefit.Periods.Select((p, i) => Period(benefit, p, i, errors)).ToList();
            benefits.Add(new CompiledBenefit(benefit, periods));
        }

        return (benefits, errors);
    }

    /// <summary>Compiles one condition expression, e.g. an official's draft; the error message when it does not compile.</summary>
    public static (CompiledCondition? Condition, string? Error) Condition(BenefitCondition source)
    {
        var (tree, reads, error) = Lambda<bool>(source.When);
        return tree is null ? (null, error) : (new CompiledCondition(source, tree.Compile(), tree, reads), null);
    }

    /// <summary>Compiles one amount expression, e.g. an official's draft; the error message when it does not compile.</summary>
    public static (CompiledAmount? Amount, string? Error) Amount(string expression)
    {
        var (tree, reads, error) = Lambda<decimal>(expression);
        return tree is null ? (null, error) : (new CompiledAmount(tree.Compile(), tree, reads), null);
    }

    private static CompiledPeriod Period(BenefitDefinition benefit, BenefitPeriod period, int index, List<PackError> errors)
    {
        var conditions = new List<CompiledCondition>();
        for (var i = 0; i < period.Conditions.Count; i++)
        {
            var (condition, error) = Condition(period.Conditions[i]);
            if (condition is null)
            {
                errors.Add(new PackError(benefit.File, period.Conditions[i].Line, $"periods[{index}].conditions[{i}].when", error!));
            }
            else
            {
                conditions.Add(condition);
            }
        }

        CompiledAmount? amount = null;
        if (period.Amount is { } text)
        {
            (amount, var error) = Amount(text);
            if (error is not null)
            {
                errors.Add(new PackError(benefit.File, period.AmountLine, $"periods[{index}].amount", error));
            }
        }

        return new CompiledPeriod(period.From, period.Until, conditions, amount);
    }

    private static (Expression<Func<PersonContext, T>>? Tree, IReadOnlyList<Fact> Reads, string? Error) Lambda<T>(string expression)
    {
        try
        {
            // Parsed untyped, then converted: an amount may be any number (a rent read as long?, a count times a sum).
            var parsed = DynamicExpressionParser.ParseLambda(Config, typeof(PersonContext), null, expression);
            var lambda = parsed.Body.Type == typeof(T) ? parsed : Expression.Lambda(Expression.Convert(parsed.Body, typeof(T)), parsed.Parameters);
            var reads = FactsRead.In(lambda);
            return ((Expression<Func<PersonContext, T>>)InnerLambdas.Hoist(lambda), reads, null);
        }
        catch (Exception e) when (e is ParseException or InvalidOperationException or ArgumentException)
        {
            return (null, [], $"'{expression}' does not compile: {e.Message}");
        }
    }

    /// <summary>Collects the declared facts an expression reads.</summary>
    private sealed class FactsRead : ExpressionVisitor
    {
        private readonly List<Fact> facts = [];

        public static List<Fact> In(LambdaExpression lambda)
        {
            var visitor = new FactsRead();
            visitor.Visit(lambda.Body);
            return visitor.facts;
        }

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Member.DeclaringType == typeof(PersonContext) && DeclaredFacts.All.TryGetValue(node.Member.Name, out var fact) && !facts.Contains(fact))
            {
                facts.Add(fact);
            }

            return base.VisitMember(node);
        }
    }
}
