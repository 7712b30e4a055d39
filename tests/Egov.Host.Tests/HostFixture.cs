using Egov.Testing;

namespace Egov.Host.Tests;

/// <summary>One host over one fresh database for a test class.</summary>
public sealed class HostFixture : IAsyncLifetime
{
    private TestDatabase? database;

    public EgovHostFactory Factory { get; private set; } = null!;

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
