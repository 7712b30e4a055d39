using Egov.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Registries.Tests.Support;

/// <summary>A migrated test database holding the kr pack's demo register, shared by the tests of one class (they only read).</summary>
public sealed class SeededRegister : IAsyncLifetime
{
    private TestDatabase? database;

    internal ServiceProvider Services { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(TestContext.Current.CancellationToken);
        Services = await RegistriesServices.BuildMigratedAsync(database);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}
