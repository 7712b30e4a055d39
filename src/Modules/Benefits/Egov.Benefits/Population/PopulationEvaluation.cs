using System.Globalization;
using Egov.Benefits.Eligibility;
using Egov.Benefits.Rules;
using Egov.Platform.Packs;
using Egov.Registries.Contracts;

namespace Egov.Benefits.Population;

/// <summary>
/// Evaluates every living resident against every rule in force on a date and writes one CSV row per person and benefit
/// they get. The register streams in chunks of consecutive ids; facts are read per chunk; memory stays flat.
/// </summary>
internal sealed class PopulationEvaluation(PopulationContexts population, BenefitRules rules, CountryPack pack) : IPopulationEvaluation
{
    /// <summary>Why the registers are read for everyone: finding people entitled to benefits they have not claimed.</summary>
    private const string Purpose = "benefits.population-evaluation";

    private const string LegalBasis = "benefits-outreach";

    /// <summary>The header: the amount column names the pack's currency (<c>monthly_amount_krw</c>).</summary>
    public string Header => $"resident_id,benefit_code,monthly_amount_{pack.Currency.Code.ToLowerInvariant()}";

    public async Task<PopulationResult> RunAsync(DateOnly asOf, TextWriter output, string actor, IProgress<PopulationProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var total = await population.CountAsync(cancellationToken);
        await output.WriteLineAsync(Header.AsMemory(), cancellationToken);
        var result = new PopulationResult();
        var inForce = rules.On(asOf);
        // One buffer and one delegate for the whole run: a closure per person was most of what a person allocated.
        var granted = new List<(CompiledBenefit Benefit, decimal? Amount)>();
        Action<CompiledBenefit, decimal?> grant = (benefit, amount) => granted.Add((benefit, amount));
        await foreach (var chunk in population.ChunksAsync(asOf, new DataPurpose(actor, Purpose, LegalBasis), cancellationToken))
        {
            foreach (var (id, context) in chunk)
            {
                granted.Clear();
                inForce.Grant(context, grant);
                if (granted.Count > 0)
                {
                    Write(output, id.Value.ToString(), granted, result);
                }
            }

            result.People += chunk.Count;
            progress?.Report(new PopulationProgress(result.People, total, result.Rows));
        }

        return result;
    }

    private void Write(TextWriter output, string resident, List<(CompiledBenefit Benefit, decimal? Amount)> granted, PopulationResult result)
    {
        foreach (var (benefit, amount) in granted)
        {
            output.Write(resident);
            output.Write(',');
            output.Write(benefit.Code);
            output.Write(',');
            output.WriteLine(MonthlyAmount(benefit.Definition.Kind, amount));
            result.Count(benefit.Code);
        }
    }

    /// <summary>A monthly benefit's amount; a yearly one spread over twelve months; none for one-off payments, discounts and alerts.</summary>
    private string MonthlyAmount(string kind, decimal? amount) => (kind, amount) switch
    {
        (BenefitKinds.Monthly, { } a) => a.ToString(CultureInfo.InvariantCulture),
        (BenefitKinds.Yearly, { } a) => decimal.Round(a / 12, pack.Currency.Decimals).ToString(CultureInfo.InvariantCulture),
        _ => "",
    };
}
