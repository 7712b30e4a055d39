using Egov.Registries.Data;
using Egov.Registries.Demo;
using Egov.Registries.Domain;
using Egov.Registries.Tests.Support;
using Egov.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Registries.Tests;

/// <summary>
/// The generated population a demo host seeds beside the named demo people (the pack's demo/population.yaml):
/// imported once, whatever the restarts, and by one of two copies starting together.
/// </summary>
public sealed class DemoPopulationTests
{
    private const int NamedPeople = 16;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DemoHost_SeedsTheGeneratedPopulation_AndARestartImportsNothingAgain()
    {
        await using var database = await TestDatabase.CreateAsync(Ct);

        var first = await CountsAfterStartAsync(new EgovHostFactory(database));
        var again = await CountsAfterStartAsync(new EgovHostFactory(database));

        Assert.Equal(first, again);
        Assert.Equal((EgovHostFactory.DemoPopulationSize, NamedPeople), (first.GeneratedAlive, first.Named));
    }

    [Fact]
    public async Task DemoHost_WithThePacksOwnSize_SeedsTenThousandLivingResidents_BesideTheNamedPeople()
    {
        await using var database = await TestDatabase.CreateAsync(Ct);

        // No size from the test fixture: the pack's demo/population.yaml decides.
        var counts = await CountsAfterStartAsync(new EgovHostFactory(database, new Dictionary<string, string?> { [DemoPopulationOptions.Section + ":Size"] = null }));

        Assert.Equal((10_000, NamedPeople), (counts.GeneratedAlive, counts.Named));
    }

    [Fact]
    public async Task DemoHost_OverARegisterWithAnImportedPopulation_SeedsNone()
    {
        await using var register = await ImportTestRegister.CreateAsync();
        using var folder = new PopulationFolder();
        Assert.True((await register.ImportAsync(folder.Directory)).Succeeded);

        var counts = await CountsAfterStartAsync(new EgovHostFactory(register.Database));

        Assert.Equal((0, NamedPeople), (counts.DemoBatches, counts.Named));
    }

    [Fact]
    [PostgresOnly]
    public async Task TwoCopiesStartingTogether_ImportThePopulationOnce()
    {
        await using var database = await TestDatabase.CreateAsync(Ct);
        var alone = await CountsAfterStartAsync(new EgovHostFactory(database));
        await using var other = await TestDatabase.CreateAsync(Ct);

        await using var first = new EgovHostFactory(other);
        await using var second = new EgovHostFactory(other);
        await Task.WhenAll(Task.Run(() => first.Server, Ct), Task.Run(() => second.Server, Ct));

        Assert.Equal(alone, await CountsAsync(first));
    }

    private static async Task<RegisterCounts> CountsAfterStartAsync(EgovHostFactory host)
    {
        await using (host)
        {
            _ = host.Server;
            return await CountsAsync(host);
        }
    }

    private static async Task<RegisterCounts> CountsAsync(EgovHostFactory host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistriesDbContext>();
        var all = string.Join(",", await db.Residents.CountAsync(Ct), await db.Households.CountAsync(Ct), await db.Addresses.CountAsync(Ct),
            await db.Residences.CountAsync(Ct), await db.FamilyLinks.CountAsync(Ct), await db.Parcels.CountAsync(Ct), await db.Buildings.CountAsync(Ct),
            await db.Companies.CountAsync(Ct), await db.Representatives.CountAsync(Ct), await db.Ownerships.CountAsync(Ct),
            await db.Encumbrances.CountAsync(Ct), await db.ImportedBatches.CountAsync(Ct));
        return new RegisterCounts(
            all,
            await db.ImportedBatches.CountAsync(b => b.Source == DemoPopulationSeeder.Source, Ct),
            await db.Residents.CountAsync(r => r.FileId != null && r.Status == ResidentStatus.Alive, Ct),
            await db.Residents.CountAsync(r => r.FileId == null, Ct));
    }

    private sealed record RegisterCounts(string All, int DemoBatches, int GeneratedAlive, int Named);
}
