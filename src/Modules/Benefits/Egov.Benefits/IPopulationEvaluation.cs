namespace Egov.Benefits;

/// <summary>
/// The population-wide run the operators' CLI starts: every living resident against every rule in force on a date,
/// one CSV row per person and benefit they get (<c>resident_id,benefit_code,monthly_amount_&lt;currency&gt;</c>).
/// </summary>
public interface IPopulationEvaluation
{
    /// <summary>Writes the header and the rows to <paramref name="output"/>; reports progress after each chunk of residents.</summary>
    /// <param name="asOf">The date rules and ages are read at.</param>
    /// <param name="output">Where the CSV goes.</param>
    /// <param name="actor">Who runs it (logged with the bulk register read).</param>
    /// <param name="progress">Told residents done, the total and rows written.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    Task<PopulationResult> RunAsync(DateOnly asOf, TextWriter output, string actor, IProgress<PopulationProgress>? progress, CancellationToken cancellationToken);
}

/// <summary>How far a run is.</summary>
/// <param name="People">Residents evaluated.</param>
/// <param name="Total">Living residents when the run started.</param>
/// <param name="Rows">Rows written.</param>
public sealed record PopulationProgress(long People, long Total, long Rows);

/// <summary>A run's counts: residents evaluated, rows written, and people granted per benefit.</summary>
public sealed class PopulationResult
{
    public long People { get; internal set; }

    public long Rows { get; private set; }

    public Dictionary<string, long> ByBenefit { get; } = new(StringComparer.Ordinal);

    internal void Count(string code)
    {
        Rows++;
        ByBenefit[code] = ByBenefit.GetValueOrDefault(code) + 1;
    }
}
