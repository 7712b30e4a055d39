using Egov.Identity.Domain;
using Egov.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Egov.Identity.Tests;

/// <summary>Sessions end after their idle and overall limits, which depend on the account kind.</summary>
public sealed class SessionLimitTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OfficialSession_EndsAfter30IdleMinutes()
    {
        var (factory, time, database) = await StartAsync();
        await using var _ = database;
        await using var host = factory;
        var person = await SignedInAsync(host, "official-idle", AccountKind.Official);

        time.Advance(TimeSpan.FromMinutes(25));
        Assert.True(await IsSignedInAsync(person));
        time.Advance(TimeSpan.FromMinutes(31));
        Assert.False(await IsSignedInAsync(person));
    }

    [Fact]
    public async Task CitizenSession_SurvivesActivity_ButNotPast24Hours()
    {
        var (factory, time, database) = await StartAsync();
        await using var _ = database;
        await using var host = factory;
        var person = await SignedInAsync(host, "citizen-long", AccountKind.Citizen);

        for (var hour = 1; hour <= 24; hour++)
        {
            time.Advance(TimeSpan.FromMinutes(59)); // 23 h 36 min in all: active, never idle for an hour
            Assert.True(await IsSignedInAsync(person), $"signed out after {hour} active hours");
        }

        time.Advance(TimeSpan.FromMinutes(30)); // past 24 hours, though only 30 minutes idle
        Assert.False(await IsSignedInAsync(person));
    }

    [Fact]
    public async Task SecondFactor_OutlivesTheSecurityStampCheck()
    {
        await using var database = await TestDatabase.CreateAsync(Ct);
        // Identity rebuilds the cookie's principal from the database every 30 minutes (here on every request):
        // the way the session signed in (password and app, AAL2) is not in the database and must be carried over.
        await using var host = new EgovHostFactory(database).WithWebHostBuilder(b => b.ConfigureTestServices(
            s => s.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero)));
        var official = await Partners.Administrator.SignedInAtAal2Async(host, "official-aal2-long");

        for (var visit = 0; visit < 2; visit++)
        {
            using var page = await official.GetAsync("/admin/partners");
            Assert.Equal(System.Net.HttpStatusCode.OK, page.StatusCode);
        }
    }

    private static async Task<(WebApplicationFactory<Program>, FakeTimeProvider, TestDatabase)> StartAsync()
    {
        var database = await TestDatabase.CreateAsync(Ct);
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var factory = new EgovHostFactory(database).WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(time)));
        return (factory, time, database);
    }

    private static async Task<PersonAtTheBrowser> SignedInAsync(WebApplicationFactory<Program> host, string userName, AccountKind kind)
    {
        using (var scope = host.Services.CreateScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
            (await accounts.CreateAsync(new Account { UserName = userName, DisplayName = userName, Kind = kind, CreatedAt = DateTime.UtcNow }, PersonAtTheBrowser.Password)).AssertSucceeded();
        }

        var person = new PersonAtTheBrowser(host);
        using var signedIn = await person.SignInAsync(userName);
        Assert.True(await IsSignedInAsync(person));
        return person;
    }

    private static async Task<bool> IsSignedInAsync(PersonAtTheBrowser person)
    {
        using var home = await person.GetAsync("/");
        return (await home.Content.ReadAsStringAsync(Ct)).Contains("/account/sign-out", StringComparison.Ordinal);
    }
}
