using Egov.Registries.Domain;
using Egov.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Registries.Tests.Support;

/// <summary>
/// Base of tests that change the register: a fresh migrated database per test holding the kr pack's demo
/// register, reached through the real host (with the demo officials' accounts) and through the module's services.
/// </summary>
public abstract class DemoRegisterTest : IAsyncLifetime
{
    private ServiceProvider? services;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected TestDatabase Database { get; private set; } = null!;

    /// <summary>The whole application over the database, started on first use.</summary>
    protected EgovHostFactory Host { get; private set; } = null!;

    /// <summary>The platform and the registries module alone over the database (<see cref="Configure"/> applied).</summary>
    internal ServiceProvider Services => services ?? throw new InvalidOperationException("call UseServicesAsync in InitializeAsync first");

    protected static Guid Demo(string key) => StableId.For("kr", "resident", key);

    public virtual async ValueTask InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(Ct);
        Host = new EgovHostFactory(Database, new Dictionary<string, string?> { ["Identity:SeedDemoAccounts"] = "true" });
    }

    /// <summary>Migrates the database and builds <see cref="Services"/>, replacing services as <paramref name="configure"/> says.</summary>
    internal async Task UseServicesAsync(Action<IServiceCollection>? configure = null) =>
        services = await RegistriesServices.BuildMigratedAsync(Database, configure);

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        if (services is not null)
        {
            await services.DisposeAsync();
        }

        await Database.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
