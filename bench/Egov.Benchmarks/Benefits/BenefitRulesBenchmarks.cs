using System.Globalization;
using BenchmarkDotNet.Attributes;
using Egov.Benefits.Eligibility;
using Egov.Benefits.Rules;
using Egov.Platform.Packs;
using RulesEngine.Models;

namespace Egov.Benchmarks.Benefits;

/// <summary>
/// The kr pack's fifteen benefits over the same 100,000 in-memory contexts, three ways: the module's compiled rules
/// (<see cref="RulesInForce.Grant"/> on the run's date, the population run's path), the same rules hand-written in C# (the baseline), and
/// Microsoft's RulesEngine with the same expressions. Each reports the time per person. The setup fails unless all three
/// grant exactly the same (person, benefit, amount) set.
/// <c>dotnet run -c Release --project bench/Egov.Benchmarks -- --filter '*BenefitRulesBenchmarks*' --job short --inProcess</c>
/// </summary>
[MemoryDiagnoser]
public class BenefitRulesBenchmarks
{
    private const int People = 100_000;

    private static readonly DateOnly Date = new(2025, 6, 1);

    private PersonContext[] people = [];
    private RulesInForce rules = null!;
    private RulesEngine.RulesEngine engine = null!;
    private Action<string, decimal?> handWrittenSink = null!;
    private Action<CompiledBenefit, decimal?> compiledSink = null!;
    private long granted;
    private decimal total;

    [GlobalSetup]
    public void Setup()
    {
        var pack = CountryPackLoader.Load(Path.Combine(BenchServices.RepoRoot(), "packs", "kr")).Pack!;
        rules = new BenefitRules(pack).On(Date);
        engine = RulesEngineWorkflow.Create(pack.Benefits, Date);
        people = SyntheticPopulation.Create(People, seed: 1);
        handWrittenSink = (_, amount) => Count(amount);
        compiledSink = (_, amount) => Count(amount);
        var compiled = Grants((i, add) => rules.Grant(people[i], (b, a) => add(b.Code, a)));
        var hand = Grants((i, add) => HandWrittenRules.Grant(people[i], add));
        var other = Grants((i, add) =>
        {
            foreach (var result in engine.ExecuteAllRulesAsync(RulesEngineWorkflow.Name, new RuleParameter("person", people[i])).AsTask().GetAwaiter().GetResult())
            {
                if (result.ExceptionMessage is { Length: > 0 } error)
                {
                    throw new InvalidOperationException($"RulesEngine, {result.Rule.RuleName}: {error}");
                }

                if (result.IsSuccess)
                {
                    add(result.Rule.RuleName, Amount(result.ActionResult?.Output));
                }
            }
        });
        if (!compiled.SetEquals(hand) || !compiled.SetEquals(other))
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"The three evaluations differ: compiled {compiled.Count}, hand-written {hand.Count}, RulesEngine {other.Count} grants; compiled but not hand-written: {string.Join("; ", compiled.Except(hand).Take(5))}; hand-written but not compiled: {string.Join("; ", hand.Except(compiled).Take(5))}; RulesEngine differs on: {string.Join("; ", compiled.Except(other).Concat(other.Except(compiled)).Take(5))}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// {People:N0} people, {compiled.Count:N0} grants, the same in all three; by benefit: {string.Join(", ", compiled.GroupBy(g => g.Code).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"))}"));
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = People, Description = "hand-written C#")]
    public long HandWritten()
    {
        foreach (var person in people)
        {
            HandWrittenRules.Grant(person, handWrittenSink);
        }

        return granted;
    }

    [Benchmark(OperationsPerInvoke = People, Description = "compiled pack rules (RulesInForce.Grant)")]
    public long Compiled()
    {
        foreach (var person in people)
        {
            rules.Grant(person, compiledSink);
        }

        return granted;
    }

    [Benchmark(OperationsPerInvoke = People, Description = "Microsoft RulesEngine 6.0.1")]
    public async Task<long> MicrosoftRulesEngine()
    {
        foreach (var person in people)
        {
            foreach (var result in await engine.ExecuteAllRulesAsync(RulesEngineWorkflow.Name, new RuleParameter("person", person)))
            {
                if (result.IsSuccess)
                {
                    Count(Amount(result.ActionResult?.Output));
                }
            }
        }

        return granted;
    }

    private static decimal? Amount(object? output) => output is null ? null : Convert.ToDecimal(output, CultureInfo.InvariantCulture);

    private static HashSet<(int Person, string Code, decimal? Amount)> Grants(Action<int, Action<string, decimal?>> evaluate)
    {
        var grants = new HashSet<(int, string, decimal?)>();
        for (var i = 0; i < People; i++)
        {
            var person = i;
            evaluate(i, (code, amount) => grants.Add((person, code, amount)));
        }

        return grants;
    }

    private void Count(decimal? amount)
    {
        granted++;
        total += amount ?? 0;
    }
}
