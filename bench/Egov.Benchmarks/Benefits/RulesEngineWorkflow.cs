using Egov.Platform.Packs;
using RulesEngine.Models;

namespace Egov.Benchmarks.Benefits;

/// <summary>
/// The pack's rules in force on a date as one workflow of Microsoft's RulesEngine: a rule per benefit whose expression
/// is its conditions joined by <c>&amp;&amp;</c> (the pack's own text, the same Dynamic LINQ) and whose amount is an
/// <c>OutputExpression</c> action on success. RulesEngine has no notion of a missing fact: null facts make the lifted
/// comparisons false, so it grants the same as the pack's three-valued rules (checked in the benchmark's setup).
/// </summary>
internal static class RulesEngineWorkflow
{
    public const string Name = "kr-benefits";

    public static RulesEngine.RulesEngine Create(BenefitCatalog catalog, DateOnly date)
    {
        var rules = new List<Rule>();
        foreach (var benefit in catalog.Benefits)
        {
            if (benefit.Periods.FirstOrDefault(p => p.From <= date && (p.Until is null || date <= p.Until)) is not { } period)
            {
                continue;
            }

            rules.Add(new Rule
            {
                RuleName = benefit.Code,
                RuleExpressionType = RuleExpressionType.LambdaExpression,
                Expression = string.Join(" && ", period.Conditions.Select(c => $"({c.When})")),
                Actions = period.Amount is { } amount
                    ? new RuleActions { OnSuccess = new ActionInfo { Name = "OutputExpression", Context = new Dictionary<string, object> { ["Expression"] = amount } } }
                    : null,
            });
        }

        return new RulesEngine.RulesEngine([new Workflow { WorkflowName = Name, Rules = rules }], new ReSettings());
    }
}
