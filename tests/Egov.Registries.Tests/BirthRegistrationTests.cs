using Egov.Platform.Packs;
using Egov.Platform.Persistence;
using Egov.Registries.Contracts;
using Egov.Registries.Data;
using Egov.Registries.Domain;
using Egov.Registries.LifeEvents;
using IdentifierFactory = Egov.Registries.Population.IdentifierFactory;
using Egov.Registries.Protection;
using Egov.Registries.Tests.Support;
using Egov.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Registries.Tests;

/// <summary>
/// Births recorded through the module's services: the number comes from the generator's factory and never
/// collides with a registered one, even when recordings or an import race for it; a father's death up to 300
/// days before the birth does not stop it. Serials are tried 0, 1, 2… here, so the numbers are known.
/// </summary>
public sealed class BirthRegistrationTests : DemoRegisterTest
{
    private const string Official = "account:00000000-0000-0000-0000-000000000001";
    private static readonly DateOnly BornOn = new(2026, 11, 2);

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await UseServicesAsync(s => s.AddSingleton<NumberSerials>((_, attempt) => (ulong)attempt));
    }

    [Fact]
    public async Task TheChildsNumber_IsTheFactorysNextFreeOne_ValidForItsBirthDateAndSex()
    {
        await AddResidentNumberedAsync(Serial(0));

        var result = await RecordAsync(Report("김하윤", Sex.Female));

        Assert.True(result.Succeeded, string.Join(", ", result.Violations));
        var number = await NumberOfAsync(result.ResidentId!.Value);
        Assert.Equal(Serial(1), number);
        Assert.True(KrPack.Pack.Identifiers["rrn"].Validate(number) is { IsValid: true, Sex: Sex.Female } check && check.BirthDate == BornOn);
    }

    [Fact]
    public async Task BirthsRecordedAtOnce_GetDistinctNumbers_AndOneChildBornEach()
    {
        var names = new[] { "김가온", "김나래", "김다온", "김라온" };

        var results = await Task.WhenAll(names.Select(name => Task.Run(() => RecordAsync(Report(name, Sex.Female)), Ct)));

        Assert.All(results, r => Assert.True(r.Succeeded));
        var numbers = await Task.WhenAll(results.Select(r => NumberOfAsync(r.ResidentId!.Value)));
        Assert.Equal(
            [.. Enumerable.Range(0, names.Length).Select(i => Serial((ulong)i)).Order(StringComparer.Ordinal)],
            numbers.Order(StringComparer.Ordinal));
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistriesDbContext>();
        Assert.Equal(names.Length, await db.OutboxMessages.CountAsync(m => m.Type.EndsWith(nameof(ChildBorn)), Ct));
    }

    /// <summary>
    /// An import commits the number the birth checked as free while the birth is inserting it: the unique index
    /// refuses the birth's row, and the birth draws another number instead of failing.
    /// </summary>
    [Fact]
    [PostgresOnly]
    public async Task ANumberAnImportTakesMidway_IsDrawnAgain()
    {
        if (Database.Provider != DatabaseProvider.Postgres)
        {
            Assert.Skip("PostgreSQL only: SQLite lets one writer in at a time, so the race cannot happen there.");
        }

        await using var importScope = Services.CreateAsyncScope();
        var import = importScope.ServiceProvider.GetRequiredService<RegistriesDbContext>();
        await using var importing = await import.Database.BeginTransactionAsync(Ct);
        import.Residents.Add(Numbered(importScope.ServiceProvider.GetRequiredService<ResidentNumbers>(), Serial(0)));
        await import.SaveChangesAsync(Ct);

        var birth = Task.Run(() => RecordAsync(Report("김하윤", Sex.Female)), Ct);
        await WaitUntilAsync(async () => birth.IsCompleted || await WaitingForALockAsync());
        await importing.CommitAsync(Ct);

        var result = await birth;
        Assert.True(result.Succeeded);
        Assert.Equal(Serial(1), await NumberOfAsync(result.ResidentId!.Value));
    }

    [Fact]
    public async Task AFathersDeath_UpTo300DaysBefore_DoesNotStopTheBirth_OneDayMoreDoes()
    {
        await using (var scope = Services.CreateAsyncScope())
        {
            var died = await scope.ServiceProvider.GetRequiredService<RegisterChanges>().DeathAsync(Demo("park-jihoon"), new DateOnly(2026, 1, 1), Official, Ct);
            Assert.True(died.Succeeded);
        }

        var within = new BirthReport(Demo("nguyen-thilan"), Demo("park-jihoon"), "박서윤", null, new DateOnly(2026, 10, 28), Sex.Female);
        var after = within with { Name = "박하은", BornOn = new DateOnly(2026, 10, 29) };

        Assert.True((await RecordAsync(within)).Succeeded);
        Assert.Equal([new RuleViolation("OtherParentId", "registries.rule.parentDied")], (await RecordAsync(after)).Violations);
    }

    private static BirthReport Report(string name, Sex sex) => new(Demo("kim-minjun"), Demo("lee-seoyeon"), name, null, BornOn, sex);

    /// <summary>The number with this serial for a Korean girl born on <see cref="BornOn"/>, normalised.</summary>
    private static string Serial(ulong serial)
    {
        var factory = new IdentifierFactory(KrPack.Pack.Identifiers["rrn"].Definition, KrPack.Pack.Population!.ForeignNationals.IdentifierValues);
        return factory.Compose(BornOn, factory.SeriesFor(BornOn, Sex.Female, foreign: false), serial);
    }

    private async Task<RecordResult> RecordAsync(BirthReport report)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BirthRegistration>().RecordAsync(report, Official, Ct);
    }

    private async Task<string> NumberOfAsync(Guid residentId)
    {
        await using var scope = Services.CreateAsyncScope();
        var resident = await scope.ServiceProvider.GetRequiredService<RegistriesDbContext>().Residents.SingleAsync(r => r.Id == residentId, Ct);
        return scope.ServiceProvider.GetRequiredService<ResidentNumbers>().Decrypt(resident.NumberCipher);
    }

    private async Task AddResidentNumberedAsync(string number)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistriesDbContext>();
        db.Residents.Add(Numbered(scope.ServiceProvider.GetRequiredService<ResidentNumbers>(), number));
        await db.SaveChangesAsync(Ct);
    }

    private static Resident Numbered(ResidentNumbers numbers, string number) => new()
    {
        Id = Guid.NewGuid(), NumberCipher = numbers.Encrypt(number), NumberHash = numbers.Hash(number), Name = "이미등록",
        BirthDate = BornOn, Sex = "female", Nationality = "KR", Status = ResidentStatus.Alive,
    };

    private async Task<bool> WaitingForALockAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistriesDbContext>();
        return await db.Database.SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM pg_locks WHERE NOT granted").SingleAsync(Ct) > 0;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var waited = 0; !await condition(); waited += 50)
        {
            Assert.True(waited < 20_000, "the birth never waited for the import's row");
            await Task.Delay(50, Ct);
        }
    }
}
