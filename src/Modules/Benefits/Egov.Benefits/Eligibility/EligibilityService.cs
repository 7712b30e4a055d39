using Egov.Benefits.Contracts;
using Egov.Benefits.Rules;
using Egov.Platform.Packs;
using Egov.Registries.Contracts;

namespace Egov.Benefits.Eligibility;

/// <summary><see cref="IBenefitEligibility"/>: the register's situation and the declared facts, judged by the pack's rules.</summary>
internal sealed class EligibilityService(PersonContexts contexts, BenefitRules rules, CountryPack pack) : IBenefitEligibility
{
    public async Task<EligibilityReport?> EvaluateAsync(
        ResidentId person, DateOnly asOf, string language, DataPurpose purpose, CancellationToken cancellationToken = default)
    {
        if (await contexts.ForAsync(person, asOf, purpose, cancellationToken) is not { } context)
        {
            return null;
        }

        var verdicts = rules.Explain(context, asOf).OrderBy(v => v.Outcome).ThenBy(v => v.Benefit.Code, StringComparer.Ordinal);
        return new EligibilityReport(person, asOf, [.. verdicts.Select(v => Report(v, language))]);
    }

    private BenefitEligibility Report(Verdict v, string language)
    {
        var d = v.Benefit.Definition;
        return new BenefitEligibility(
            d.Code, Text(d.Names, language), Text(d.Summary, language), d.Kind, OutcomeCode(v.Outcome), v.Amount,
            [.. v.Conditions.Select(c => new ConditionCheck(c.Condition.Source.Id, Text(c.Condition.Source.Says, language), ResultCode(c.Result)))],
            [.. v.Missing.Select(f => f.Name)], d.Agency, d.Source, d.LegalBasis);
    }

    private string Text(IReadOnlyDictionary<string, string> texts, string language) =>
        texts.TryGetValue(language, out var text) ? text : texts[pack.DefaultLanguage];

    public static string OutcomeCode(Outcome outcome) => outcome switch
    {
        Outcome.Gets => "gets",
        Outcome.MayGet => "may-get",
        _ => "does-not-get",
    };

    private static string ResultCode(ConditionResult result) => result switch
    {
        ConditionResult.Met => "met",
        ConditionResult.Unmet => "unmet",
        _ => "unknown",
    };
}
