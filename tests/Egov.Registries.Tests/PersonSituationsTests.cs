using System.Text.Json;
using Egov.Registries.Contracts;
using Egov.Registries.Demo;
using Egov.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Registries.Tests;

/// <summary>
/// The population stream against the one-person read: the stream cuts the register into chunks of consecutive ids and
/// reads links, facts and households by id range, so a household cut by a chunk's edge, or a dead relative whose id falls
/// inside a chunk, must change nothing of what a person's situation says.
/// </summary>
public sealed class PersonSituationsTests : IAsyncLifetime
{
    /// <summary>Enough living residents for three chunks of the stream.</summary>
    private const int Generated = 9_000;

    private static readonly DataPurpose Purpose = new("test", "benefits.eligibility", "test");

    private TestDatabase database = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => database = await TestDatabase.CreateAsync(Ct);

    public async ValueTask DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task ThePopulationStream_GivesEveryoneOnce_WithTheSituationReadAlone_EvenWhereAChunkCutsTheirHousehold()
    {
        await using var host = new EgovHostFactory(database, new Dictionary<string, string?> { [DemoPopulationOptions.Section + ":Size"] = $"{Generated}" });
        await using var scope = host.Services.CreateAsyncScope();
        var register = scope.ServiceProvider.GetRequiredService<IPersonSituations>();

        var chunks = new List<IReadOnlyList<PersonSituation>>();
        await foreach (var chunk in register.ReadAllAsync(Purpose, Ct))
        {
            chunks.Add(chunk);
        }

        var everyone = chunks.SelectMany(c => c).ToList();
        Assert.True(chunks.Count >= 3, $"{chunks.Count} chunks");
        Assert.Equal(await register.CountLivingAsync(Ct), everyone.Count);
        Assert.Equal(everyone.Count, everyone.Select(s => s.Id).Distinct().Count());

        // Whoever has a household member in another chunk, the edges of every chunk, and a spread of the rest.
        var chunkOf = chunks.SelectMany((c, i) => c.Select(s => (s.Id, i))).ToDictionary(p => p.Id, p => p.i);
        var cut = everyone.Where(s => s.Household.Any(m => chunkOf[m.Id] != chunkOf[s.Id])).ToList();
        Assert.NotEmpty(cut);
        var edges = chunks.SelectMany(c => c.Take(10).Concat(c.TakeLast(10)));
        var sample = cut.Concat(edges).Concat(everyone.Where((_, i) => i % 97 == 0)).DistinctBy(s => s.Id).ToList();

        foreach (var streamed in sample)
        {
            var alone = await register.ReadAsync(streamed.Id, Purpose, Ct);
            Assert.Equal(Json(alone), Json(streamed));
        }
    }

    private static string Json(PersonSituation? situation) => JsonSerializer.Serialize(situation);
}
