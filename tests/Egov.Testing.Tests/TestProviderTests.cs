using Egov.Platform.Persistence;

namespace Egov.Testing.Tests;

public sealed class TestProviderTests
{
    private const string Admin = "Host=127.0.0.1;Port=5432;Username=postgres;Database=postgres";

    private static TestProvider From(params (string Name, string Value)[] variables)
    {
        var environment = variables.ToDictionary(v => v.Name, v => v.Value);
        return TestProvider.FromEnvironment(name => environment.GetValueOrDefault(name));
    }

    [Fact]
    public void FromEnvironment_WhenNothingIsSet_IsSqliteWithoutPostgres() =>
        Assert.Equal(new TestProvider(DatabaseProvider.Sqlite, null, IsCi: false), From());

    [Fact]
    public void FromEnvironment_ReadsProviderIgnoringCase() =>
        Assert.Equal(DatabaseProvider.Postgres, From(("EGOV_TEST_PROVIDER", "postgres")).Provider);

    [Fact]
    public void FromEnvironment_WhenProviderIsUnknown_Throws() =>
        Assert.Throws<InvalidOperationException>(() => From(("EGOV_TEST_PROVIDER", "Oracle")));

    [Fact]
    public void PostgresRequired_WhenServerIsSet_ReturnsItsConnectionString() =>
        Assert.Equal(Admin, From(("EGOV_TEST_POSTGRES", Admin)).PostgresRequired());

    [Fact]
    public void PostgresRequired_WhenProviderIsPostgresWithoutServer_Fails()
    {
        var provider = From(("EGOV_TEST_PROVIDER", "Postgres"));
        var error = Assert.Throws<InvalidOperationException>(provider.PostgresRequired);
        Assert.Contains("EGOV_TEST_POSTGRES", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PostgresRequired_InCiWithoutServer_FailsInsteadOfSkipping() =>
        Assert.Throws<InvalidOperationException>(From(("CI", "true")).PostgresRequired);
}
