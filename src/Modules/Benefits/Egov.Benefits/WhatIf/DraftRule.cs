using System.Text.Json;
using Egov.Benefits.Rules;
using Egov.Platform.Packs;

namespace Egov.Benefits.WhatIf;

/// <summary>A drafted version of a benefit's rule: the version in force with its condition expressions and amount replaced.</summary>
internal static class DraftRule
{
    /// <summary>A drafted condition: the id of a condition in force and its new expression.</summary>
    public sealed record DraftCondition(string Id, string When);

    public static string ToJson(IEnumerable<DraftCondition> conditions) => JsonSerializer.Serialize(conditions);

    public static IReadOnlyList<DraftCondition> FromJson(string json) => JsonSerializer.Deserialize<List<DraftCondition>>(json) ?? [];

    /// <summary>The drafted version, or the errors by field (<c>when:&lt;id&gt;</c>, <c>amount</c>) when an expression does not compile.</summary>
    public static (CompiledPeriod? Period, IReadOnlyDictionary<string, string> Errors) Compile(
        BenefitPeriod inForce, IReadOnlyList<DraftCondition> conditions, string? amount)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var compiled = new List<CompiledCondition>();
        foreach (var source in inForce.Conditions)
        {
            var when = conditions.FirstOrDefault(c => c.Id == source.Id)?.When ?? source.When;
            var (condition, error) = RuleCompiler.Condition(source with { When = when });
            if (condition is null)
            {
                errors[$"when:{source.Id}"] = error!;
            }
            else
            {
                compiled.Add(condition);
            }
        }

        CompiledAmount? compiledAmount = null;
        if (!string.IsNullOrWhiteSpace(amount))
        {
            (compiledAmount, var error) = RuleCompiler.Amount(amount);
            if (error is not null)
            {
                errors["amount"] = error;
            }
        }

        return errors.Count > 0 ? (null, errors) : (new CompiledPeriod(inForce.From, inForce.Until, compiled, compiledAmount), errors);
    }
}
