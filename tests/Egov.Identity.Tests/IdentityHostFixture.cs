using Egov.Testing;

namespace Egov.Identity.Tests;

/// <summary>The host with the Identity module over a fresh database, the demo partner seeded.</summary>
public sealed class IdentityHostFixture : IAsyncLifetime
{
    private TestDatabase? database;

    public EgovHostFactory Factory { get; private set; } = null!;

    public TestDatabase Database => database!;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(TestContext.Current.CancellationToken);
        Factory = new EgovHostFactory(database);
        _ = Factory.Server;
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await database!.DisposeAsync();
    }
}
