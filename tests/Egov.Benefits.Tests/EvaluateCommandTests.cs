using System.CommandLine;
using Egov.Benefits.Data;
using Egov.Benefits.Eligibility;
using Egov.Benefits.Facts;
using Egov.Cli.Commands;
using Egov.Registries.Data;
using Egov.Registries.Domain;
using Egov.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Benefits.Tests;

/// <summary><c>egov benefits evaluate --all</c> over the demo people and a generated population of 200.</summary>
public sealed class EvaluateCommandTests : IAsyncLifetime
{
    private static readonly DateOnly AsOf = new(2026, 12, 6);

    private TestDatabase database = null!;
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("egov-benefits-cli-");

    public async ValueTask InitializeAsync() => database = await TestDatabase.CreateAsync(Ct);

    public async ValueTask DisposeAsync()
    {
        await database.DisposeAsync();
        folder.Delete(recursive: true);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Dictionary<string, string?> Settings => new(database.Configuration)
    {
        ["Packs:Directory"] = Path.Combine(RepoPaths.Root, "packs"),
        ["Registries:DemoPopulation:Size"] = EgovHostFactory.DemoPopulationSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task EvaluateAll_WritesOneRowPerPersonAndBenefit_MatchingADirectCountOfTheRegister()
    {
        var csv = Path.Combine(folder.FullName, "results.csv");

        var (exit, output, _) = await RunAsync("benefits", "evaluate", "--all", "--as-of", "2026-12-06", "--out", csv);

        Assert.Equal(0, exit);
        var lines = await File.ReadAllLinesAsync(csv, Ct);
        Assert.Equal("resident_id,benefit_code,monthly_amount_krw", lines[0]);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        var doyun = StableId.For("kr", "resident", "park-doyun").ToString();
        Assert.Contains(rows, r => r[0] == doyun && r[1] == "parental-pay" && r[2] == "1000000");
        Assert.Contains(rows, r => r[0] == doyun && r[1] == "first-meeting-voucher" && r[2] == "");

        // The same count straight from the register: living residents under 96 months on the date.
        await using var host = new EgovHostFactory(database);
        await using var scope = host.Services.CreateAsyncScope();
        var births = await scope.ServiceProvider.GetRequiredService<RegistriesDbContext>().Residents
            .Where(r => r.Status == "alive" && r.BirthDate <= AsOf).Select(r => r.BirthDate).ToListAsync(Ct);
        var underEight = births.Count(b => Ages.InFullMonths(b, AsOf) < 96);
        Assert.True(underEight > 0);
        Assert.Equal(underEight, rows.Count(r => r[1] == "child-allowance"));
        Assert.Contains($"child-allowance: {underEight:N0}", output, StringComparison.Ordinal);
        Assert.Contains($"evaluated {births.Count:N0} residents", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvaluateAll_ReadsEachResidentsDeclaredFacts()
    {
        // Seniors split in two: a low declared income grants the basic pension, a high one does not; without a declaration
        // the rule cannot hold. The population run reads facts per chunk with its own query, so this checks that query.
        await using var host = new EgovHostFactory(database);
        List<Guid> seniors;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var bornBy = AsOf.AddYears(-65);
            seniors = await scope.ServiceProvider.GetRequiredService<RegistriesDbContext>().Residents
                .Where(r => r.Status == "alive" && r.BirthDate <= bornBy).OrderBy(r => r.Id).Select(r => r.Id).Take(20).ToListAsync(Ct);
            var facts = scope.ServiceProvider.GetRequiredService<BenefitsDbContext>().Facts;
            facts.RemoveRange(await facts.Where(f => seniors.Contains(f.ResidentId)).ToListAsync(Ct));
            facts.AddRange(seniors.Select((id, i) => new DeclaredFact
            {
                ResidentId = id, Fact = "MonthlyIncome", Value = i % 2 == 0 ? "1000000" : "9000000", DeclaredAt = DateTime.UtcNow, DeclaredBy = "test",
            }));
            await scope.ServiceProvider.GetRequiredService<BenefitsDbContext>().SaveChangesAsync(Ct);
        }

        Assert.Equal(20, seniors.Count);
        var csv = Path.Combine(folder.FullName, "facts.csv");

        var (exit, _, _) = await RunAsync("benefits", "evaluate", "--all", "--as-of", "2026-12-06", "--out", csv);

        Assert.Equal(0, exit);
        var pensioners = (await File.ReadAllLinesAsync(csv, Ct)).Select(l => l.Split(',')).Where(r => r[1] == "basic-pension").Select(r => r[0]).ToHashSet();
        Assert.All(seniors.Where((_, i) => i % 2 == 0), id => Assert.Contains(id.ToString(), pensioners));
        Assert.All(seniors.Where((_, i) => i % 2 == 1), id => Assert.DoesNotContain(id.ToString(), pensioners));
    }

    [Fact]
    public async Task EvaluateAll_WithABadDate_ExitsWithAMessageAndWritesNothing()
    {
        var csv = Path.Combine(folder.FullName, "none.csv");

        var (exit, _, error) = await RunAsync("benefits", "evaluate", "--all", "--as-of", "6/12/2026", "--out", csv);

        Assert.Equal(2, exit);
        Assert.Contains("--as-of: '6/12/2026' is not a date yyyy-MM-dd", error, StringComparison.Ordinal);
        Assert.False(File.Exists(csv));
    }

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var root = new RootCommand();
        root.Subcommands.Add(BenefitCommands.Create(c => c.AddInMemoryCollection(Settings)));
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, Ct);
        return (exitCode, output.ToString(), error.ToString());
    }
}
