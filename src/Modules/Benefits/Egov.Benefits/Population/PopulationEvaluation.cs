using System.Globalization;
using Egov.Benefits.Eligibility;
using Egov.Benefits.Facts;
using Egov.Platform.Packs;
using Egov.Registries.Contracts;

namespace Egov.Benefits.Population;

/// <summary>
/// Evaluates every living resident against every rule in force on a date and writes one CSV row per person and benefit
/// they get. The register streams household by household; facts are read per chunk; memory stays flat.
/// </summary>
internal sealed class PopulationEvaluation(IPersonSituations situations, FactStore facts, BenefitRules rules, CountryPack pack) : IPopulationEvaluation
{
    private const int ChunkSize = 4_000;

    /// <summary>The header: the amount column names the pack's currency (<c>monthly_amount_krw</c>).</summary>
    public string Header => $"resident_id,benefit_code,monthly_amount_{pack.Currency.Code.ToLowerInvariant()}";

    /// <summary>Why the registers are read for everyone: finding people entitled to benefits they have not claimed.</summary>
    private const string Purpose = "benefits.population-evaluation";

    private const string LegalBasis = "benefits-outreach";

    public async Task<PopulationResult> RunAsync(DateOnly asOf, TextWriter output, string actor, IProgress<PopulationProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var purpose = new DataPurpose(actor, Purpose, LegalBasis);
        var total = await situations.CountLivingAsync(cancellationToken);
        await output.WriteLineAsync(Header.AsMemory(), cancellationToken);
        var chunk = new List<PersonSituation>(ChunkSize);
        var result = new PopulationResult();
        await foreach (var situation in situations.ReadAllAsync(purpose, cancellationToken))
        {
            chunk.Add(situation);
            if (chunk.Count == ChunkSize)
            {
                await EvaluateAsync(chunk, asOf, output, result, cancellationToken);
                progress?.Report(new PopulationProgress(result.People, total, result.Rows));
                chunk.Clear();
            }
        }

        await EvaluateAsync(chunk, asOf, output, result, cancellationToken);
        progress?.Report(new PopulationProgress(result.People, total, result.Rows));
        return result;
    }

    private async Task EvaluateAsync(List<PersonSituation> chunk, DateOnly asOf, TextWriter output, PopulationResult result, CancellationToken cancellationToken)
    {
        var declared = await facts.ReadManyAsync([.. chunk.Select(s => s.Id.Value)], cancellationToken);
        foreach (var situation in chunk)
        {
            var context = ContextFactory.Create(situation, asOf, declared.GetValueOrDefault(situation.Id.Value));
            var id = situation.Id.Value.ToString();
            rules.Grant(context, asOf, (benefit, amount) =>
            {
                output.Write(id);
                output.Write(',');
                output.Write(benefit.Code);
                output.Write(',');
                output.WriteLine(MonthlyAmount(benefit.Definition.Kind, amount));
                result.Count(benefit.Code);
            });
        }

        result.People += chunk.Count;
    }

    /// <summary>A monthly benefit's amount; a yearly one spread over twelve months; none for one-off payments, discounts and alerts.</summary>
    private string MonthlyAmount(string kind, decimal? amount) => (kind, amount) switch
    {
        (BenefitKinds.Monthly, { } a) => a.ToString(CultureInfo.InvariantCulture),
        (BenefitKinds.Yearly, { } a) => decimal.Round(a / 12, pack.Currency.Decimals).ToString(CultureInfo.InvariantCulture),
        _ => "",
    };
}
