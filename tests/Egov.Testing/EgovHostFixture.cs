using Xunit;

namespace Egov.Testing;

/// <summary>One host over one fresh database, shared by the tests of a class (<c>IClassFixture</c>).</summary>
public sealed class EgovHostFixture : IAsyncLifetime
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
