using Egov.Identity.Domain;
using Egov.Platform.Packs;
using Egov.Registries.Contracts;
using Egov.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Egov.Identity.Tests.Delegation;

/// <summary>
/// A host on a clock the test moves (a child's majority, a power's last day), with the pack's demo people
/// given accounts on demand and a probe that shows what <c>IActingContext</c> says for a request.
/// </summary>
public sealed class DelegationHost : IAsyncLifetime
{
    /// <summary>Kim Seoa (born 2012-07-08) is a minor, Kim Jiho (2007-03-15) and Kim Hayoon (2003) adults.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2027, 3, 2, 3, 0, 0, TimeSpan.Zero);

    private readonly DateTimeOffset start;
    private TestDatabase? database;

    public DelegationHost()
        : this(DefaultStart)
    {
    }

    private DelegationHost(DateTimeOffset start) => this.start = start;

    /// <summary>A host of a test's own, whose clock starts at <paramref name="start"/>.</summary>
    public static async Task<DelegationHost> StartAsync(DateTimeOffset start)
    {
        var host = new DelegationHost(start);
        await host.InitializeAsync();
        return host;
    }

    public FakeTimeProvider Time { get; private set; } = null!;

    public WebApplicationFactory<Program> Factory { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(TestContext.Current.CancellationToken);
        Time = new FakeTimeProvider(start);
        Factory = new EgovHostFactory(database).WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.AddSingleton<TimeProvider>(Time);
            s.AddTransient<IStartupFilter, ActingProbe>();
        }));
        _ = Factory.Server;
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await database!.DisposeAsync();
    }

    /// <summary>The register id of a demo person (by their key in the pack).</summary>
    public async Task<Guid> ResidentIdAsync(string key)
    {
        using var scope = Factory.Services.CreateScope();
        var person = scope.ServiceProvider.GetRequiredService<CountryPack>().Demo!.People.Single(p => p.Key == key);
        var resident = await scope.ServiceProvider.GetRequiredService<IResidentDirectory>().FindByIdentifierAndNameAsync(
            person.Identifier, person.Name, new DataPurpose("test", "test", "test"), TestContext.Current.CancellationToken);
        return resident!.Id.Value;
    }

    /// <summary>A demo person's identifier and name as the pack has them.</summary>
    public (string Identifier, string Name) DemoPerson(string key)
    {
        var person = Factory.Services.GetRequiredService<CountryPack>().Demo!.People.Single(p => p.Key == key);
        return (person.Identifier, person.Name);
    }

    /// <summary>A citizen account (user name = the demo key) bound to the demo person's record, signed in.</summary>
    internal async Task<PersonAtTheBrowser> SignedInAsync(string key)
    {
        using (var scope = Factory.Services.CreateScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
            if (await accounts.FindByNameAsync(key) is null)
            {
                var (_, name) = DemoPerson(key);
                var account = new Account
                {
                    UserName = key, DisplayName = name, Kind = AccountKind.Citizen,
                    ResidentId = await ResidentIdAsync(key), CreatedAt = Time.GetUtcNow().UtcDateTime,
                };
                (await accounts.CreateAsync(account, PersonAtTheBrowser.Password)).AssertSucceeded();
            }
        }

        var person = new PersonAtTheBrowser(Factory);
        using var signedIn = await person.SignInAsync(key);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, signedIn.StatusCode);
        return person;
    }

    public async Task<Guid> AccountIdAsync(string key)
    {
        using var scope = Factory.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<Account>>().FindByNameAsync(key))!.Id;
    }
}
