using Egov.Benefits.Rules;

namespace Egov.Benefits.Eligibility;

/// <summary>A benefit judged for a person: the outcome, the amount when known, each condition's result, and the facts missing.</summary>
internal sealed record Verdict(
    CompiledBenefit Benefit, Outcome Outcome, decimal? Amount,
    IReadOnlyList<(CompiledCondition Condition, ConditionResult Result)> Conditions, IReadOnlyList<Fact> Missing);

/// <summary>Gets it (every condition met), may get it (none unmet, a fact missing), or does not (a condition unmet).</summary>
internal enum Outcome
{
    Gets,
    MayGet,
    DoesNotGet,
}
