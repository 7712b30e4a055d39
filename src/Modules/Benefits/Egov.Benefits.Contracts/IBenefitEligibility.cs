using Egov.Registries.Contracts;

namespace Egov.Benefits.Contracts;

/// <summary>
/// What a person is entitled to under the pack's benefit rules, explained: each benefit they get, may get (and which
/// facts are missing to decide) and do not get, with every condition met or not in plain words.
/// </summary>
public interface IBenefitEligibility
{
    /// <summary>The person's eligibility on <paramref name="asOf"/>, or null when the register has no such living resident.</summary>
    /// <param name="person">Whom it is about.</param>
    /// <param name="asOf">The date rules and ages are read at.</param>
    /// <param name="language">A pack language: names and explanations are written in it.</param>
    /// <param name="purpose">Who asks and why (the register read is logged for the person).</param>
    /// <param name="cancellationToken">Cancels the evaluation.</param>
    Task<EligibilityReport?> EvaluateAsync(ResidentId person, DateOnly asOf, string language, DataPurpose purpose, CancellationToken cancellationToken = default);
}

/// <summary>A person's eligibility on a date.</summary>
/// <param name="Person">Whom it is about.</param>
/// <param name="AsOf">The date it was evaluated at.</param>
/// <param name="Benefits">Every benefit in force on that date: those the person gets first, then may get, then does not get.</param>
public sealed record EligibilityReport(ResidentId Person, DateOnly AsOf, IReadOnlyList<BenefitEligibility> Benefits);

/// <summary>One benefit judged for a person.</summary>
/// <param name="Code">The pack's code (<c>child-allowance</c>).</param>
/// <param name="Name">Its name in the language asked.</param>
/// <param name="Summary">What it gives, in one sentence.</param>
/// <param name="Kind"><c>monthly</c>, <c>yearly</c>, <c>one-off</c>, <c>discount</c> or <c>alert</c>.</param>
/// <param name="Outcome"><c>gets</c>, <c>may-get</c> or <c>does-not-get</c>.</param>
/// <param name="Amount">The amount in the pack's currency when it is known (per month for a monthly benefit).</param>
/// <param name="Conditions">Each condition and whether it is met.</param>
/// <param name="MissingFacts">The facts to declare before it can be decided (for <c>may-get</c>).</param>
/// <param name="Agency">The code of the agency that decides applications.</param>
/// <param name="Source">The published rule.</param>
/// <param name="LegalBasis">The law and article.</param>
public sealed record BenefitEligibility(
    string Code, string Name, string Summary, string Kind, string Outcome, decimal? Amount,
    IReadOnlyList<ConditionCheck> Conditions, IReadOnlyList<string> MissingFacts, string Agency, Uri Source, string LegalBasis);

/// <summary>A condition of a benefit, judged.</summary>
/// <param name="Id">Its id in the rule.</param>
/// <param name="Says">The condition in plain words.</param>
/// <param name="Result"><c>met</c>, <c>unmet</c> or <c>unknown</c>.</param>
public sealed record ConditionCheck(string Id, string Says, string Result);
