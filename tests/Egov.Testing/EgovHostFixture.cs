using Xunit;

namespace Egov.Testing;

/// <summary>One host over one fresh database, shared by the tests of a class (<c>IClassFixture</c>).</summary>
public class EgovHostFixture : IAsyncLifetime
{
    private TestDatabase? database;

    public EgovHostFactory Factory { get; private set; } = null!;

    public TestDatabase Database => database!;

    /// <summary>Settings of the host beyond the test defaults (a derived fixture seeds the demo accounts, say).</summary>
    protected virtual IReadOnlyDictionary<string, string?>? Settings => null;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(TestContext.Current.CancellationToken);
        Factory = new EgovHostFactory(database, Settings);
        _ = Factory.Server;
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await database!.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
