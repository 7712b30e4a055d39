using Egov.Platform.Data;
using Egov.Registries.Contracts;
using Egov.Registries.Data;
using Egov.Registries.Domain;
using Egov.Registries.LifeEvents;
using Egov.Registries.Tests.Support;
using Egov.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Registries.Tests;

/// <summary>Life events recorded by officials: the register's rules, one feed row and one integration event each, nothing written when refused.</summary>
public sealed class LifeEventTests : DemoRegisterTest
{
    private const string Official = "account:00000000-0000-0000-0000-000000000001";

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await UseServicesAsync();
    }

    [Fact]
    public async Task Death_EndsTheMarriage_PublishesPersonDiedOnce_AndIsAudited()
    {
        Assert.True((await RecordAsync(c => c.MarriageAsync(Demo("jung-woojin"), Demo("han-sora"), new DateOnly(2015, 5, 2), Official, Ct))).Succeeded);

        var died = await RecordAsync(c => c.DeathAsync(Demo("jung-woojin"), new DateOnly(2024, 1, 10), Official, Ct));

        Assert.True(died.Succeeded);
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistriesDbContext>();
        var resident = await db.Residents.SingleAsync(r => r.Id == Demo("jung-woojin"), Ct);
        Assert.Equal((ResidentStatus.Deceased, new DateOnly(2024, 1, 10)), (resident.Status, resident.DiedOn!.Value));
        var marriage = await db.FamilyLinks.SingleAsync(
            l => l.Relation == FamilyRelation.Spouse && (l.ResidentId == Demo("jung-woojin") || l.RelativeId == Demo("jung-woojin")), Ct);
        Assert.Equal(new DateOnly(2024, 1, 10), marriage.Until);
        var events = await db.OutboxMessages.Select(m => m.Type).ToListAsync(Ct);
        Assert.Equal(1, events.Count(t => t.EndsWith(nameof(PersonDied), StringComparison.Ordinal)));
        Assert.Equal(1, events.Count(t => t.EndsWith(nameof(Married), StringComparison.Ordinal)));
        Assert.Equal([1L, 2L], await db.LifeEvents.OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync(Ct));
        var audit = await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().AuditEntries
            .Where(a => a.Action == "registries.lifeEvent.death").Select(a => new { a.Actor, a.Subject }).SingleAsync(Ct);
        Assert.Equal((Official, $"resident:{Demo("jung-woojin")}"), (audit.Actor, audit.Subject));
    }

    [Theory]
    [InlineData("kim-minjun", 1978, 4, 11, "registries.rule.beforeBirth")]
    [InlineData("choi-malsun", 2025, 1, 1, "registries.rule.notAlive")]
    [InlineData("kim-minjun", 2999, 1, 1, "registries.rule.future")]
    public async Task Death_BreakingARule_IsRefused_AndWritesNothing(string key, int year, int month, int day, string rule)
    {
        var result = await RecordAsync(c => c.DeathAsync(Demo(key), new DateOnly(year, month, day), Official, Ct));

        Assert.Equal([new RuleViolation(key == "choi-malsun" ? "ResidentId" : "DiedOn", rule)], result.Violations);
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task Move_ToAnUnknownAddress_IsRefused_ToAKnownOne_FormsAHousehold()
    {
        var refused = await RecordAsync(c => c.MoveInAsync(Demo("kim-minjun"), Guid.NewGuid(), new DateOnly(2024, 3, 1), "head", Official, Ct));
        Assert.Equal([new RuleViolation("AddressId", "registries.rule.unknownAddress")], refused.Violations);
        await AssertNothingWrittenAsync();

        var address = await AddAddressAsync("11110");
        Assert.True((await RecordAsync(c => c.MoveInAsync(Demo("kim-minjun"), address, new DateOnly(2024, 3, 1), "head", Official, Ct))).Succeeded);
        Assert.True((await RecordAsync(c => c.MoveInAsync(Demo("lee-seoyeon"), address, new DateOnly(2024, 3, 2), "spouse", Official, Ct))).Succeeded);
        var second = await AddAddressAsync("26110");
        var earlier = await RecordAsync(c => c.MoveInAsync(Demo("kim-minjun"), second, new DateOnly(2024, 2, 1), "head", Official, Ct));
        Assert.Equal([new RuleViolation("MovedInOn", "registries.rule.beforeCurrentMove")], earlier.Violations);

        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistriesDbContext>();
        var both = await db.Residents.Where(r => r.Id == Demo("kim-minjun") || r.Id == Demo("lee-seoyeon")).ToListAsync(Ct);
        Assert.Single(both.Select(r => r.HouseholdId).Distinct());
        Assert.Equal(["head", "spouse"], both.OrderBy(r => r.BirthDate).Select(r => r.RelationToHead));
        Assert.All(both, r => Assert.Equal("11110", r.RegionCode));
        Assert.Equal(2, await db.OutboxMessages.CountAsync(m => m.Type.EndsWith(nameof(AddressChanged)), Ct));
    }

    [Fact]
    public async Task Marriage_OfAMinor_OrOfParentAndChild_OrOfSomeoneMarried_IsRefused_DivorceNeedsAMarriage()
    {
        Assert.Equal("registries.rule.underage", (await RecordAsync(c => c.MarriageAsync(Demo("kim-jiho"), Demo("oh-junseo"), new DateOnly(2024, 1, 1), Official, Ct))).Violations.Single().TextKey);
        Assert.Equal("registries.rule.closeRelative", (await RecordAsync(c => c.MarriageAsync(Demo("kim-youngsoo"), Demo("kim-minjun"), new DateOnly(2024, 1, 1), Official, Ct))).Violations.Single().TextKey);
        Assert.Equal("registries.rule.notMarried", (await RecordAsync(c => c.DivorceAsync(Demo("han-sora"), Demo("oh-junseo"), new DateOnly(2024, 1, 1), Official, Ct))).Violations.Single().TextKey);
        await AssertNothingWrittenAsync();

        Assert.True((await RecordAsync(c => c.MarriageAsync(Demo("han-sora"), Demo("oh-junseo"), new DateOnly(2020, 1, 1), Official, Ct))).Succeeded);
        Assert.Equal("registries.rule.alreadyMarried", (await RecordAsync(c => c.MarriageAsync(Demo("han-sora"), Demo("jung-woojin"), new DateOnly(2024, 1, 1), Official, Ct))).Violations.Single().TextKey);
        Assert.Equal("registries.rule.beforeMarriage", (await RecordAsync(c => c.DivorceAsync(Demo("oh-junseo"), Demo("han-sora"), new DateOnly(2019, 1, 1), Official, Ct))).Violations.Single().TextKey);
        Assert.True((await RecordAsync(c => c.DivorceAsync(Demo("oh-junseo"), Demo("han-sora"), new DateOnly(2023, 1, 1), Official, Ct))).Succeeded);
    }

    [Fact]
    public async Task NameChange_WritesTheNameWithItsWhitespaceNormalised_AsTheNameSearchLooksItUp()
    {
        var renamed = await RecordAsync(c => c.NameChangeAsync(Demo("han-sora"), "  한\u3000 소라 ", " Han   Sora ", new DateOnly(2024, 2, 1), Official, Ct));

        Assert.True(renamed.Succeeded);
        await using var scope = Services.CreateAsyncScope();
        var resident = await scope.ServiceProvider.GetRequiredService<RegistriesDbContext>().Residents.SingleAsync(r => r.Id == Demo("han-sora"), Ct);
        Assert.Equal(("한 소라", "Han Sora"), (resident.Name, resident.LatinName));
    }

    [Fact]
    public async Task Correction_OfTheLatinName_PublishesEntryCorrectedNamingTheField_EvenForTheDead()
    {
        var corrected = await RecordAsync(c => c.CorrectionAsync(Demo("choi-malsun"), null, "Choe Malsun", Official, Ct));

        Assert.True(corrected.Succeeded);
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistriesDbContext>();
        var resident = await db.Residents.SingleAsync(r => r.Id == Demo("choi-malsun"), Ct);
        Assert.Equal(("최말순", "Choe Malsun"), (resident.Name, resident.LatinName));
        var message = await db.OutboxMessages.SingleAsync(Ct);
        Assert.EndsWith(nameof(EntryCorrected), message.Type, StringComparison.Ordinal);
        Assert.Contains("\"latinName\"", message.Payload, StringComparison.Ordinal);
        Assert.Equal(LifeEventKind.Correction, (await db.LifeEvents.SingleAsync(Ct)).Kind);
    }

    [Theory]
    [InlineData("kim-minjun", "김민준", null, "registries.rule.nothingCorrected")]
    [InlineData("kim-minjun", " ", "", "registries.rule.nothingCorrected")]
    [InlineData("no-such-person", "누구", null, "registries.rule.unknownResident")]
    public async Task Correction_ThatChangesNothingOrOfNobody_IsRefused_AndWritesNothing(string key, string? name, string? latin, string rule)
    {
        var result = await RecordAsync(c => c.CorrectionAsync(Demo(key), name, latin, Official, Ct));

        Assert.Equal(rule, Assert.Single(result.Violations).TextKey);
        await AssertNothingWrittenAsync();
    }

    private async Task<RecordResult> RecordAsync(Func<RegisterChanges, Task<RecordResult>> record)
    {
        await using var scope = Services.CreateAsyncScope();
        return await record(scope.ServiceProvider.GetRequiredService<RegisterChanges>());
    }

    private async Task<Guid> AddAddressAsync(string region)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistriesDbContext>();
        var address = new Address { Id = Guid.NewGuid(), RegionCode = region, PostalCode = "03000", Road = "세종대로", Building = "1" };
        db.Addresses.Add(address);
        await db.SaveChangesAsync(Ct);
        return address.Id;
    }

    private async Task AssertNothingWrittenAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistriesDbContext>();
        Assert.Equal(0, await db.LifeEvents.CountAsync(Ct));
        Assert.Equal(0, await db.OutboxMessages.CountAsync(Ct));
    }
}
