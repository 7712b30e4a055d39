using System.Diagnostics;
using Egov.Platform.Persistence;
using Xunit.Sdk;

namespace Egov.Testing;

/// <summary>
/// The database a test run targets, read from the environment that <c>./build.sh test</c> sets
/// (docs/testing.md): <c>EGOV_TEST_PROVIDER</c> (<c>Sqlite</c>, the default, or <c>Postgres</c>) tells the
/// integration fixtures which provider to run the host on; <c>EGOV_TEST_POSTGRES</c> is an admin connection
/// string to a server where tests create their own databases; <c>CI=true</c> turns a missing server from a
/// skip into a failure.
/// </summary>
public sealed record TestProvider(DatabaseProvider Provider, string? PostgresAdminConnectionString, bool IsCi)
{
    public const string ProviderVariable = "EGOV_TEST_PROVIDER";
    public const string PostgresVariable = "EGOV_TEST_POSTGRES";
    public const string CiVariable = "CI";

    public static TestProvider Current { get; } = FromEnvironment(Environment.GetEnvironmentVariable);

    public static TestProvider FromEnvironment(Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);

        var providerText = variable(ProviderVariable);
        var provider = DatabaseProvider.Sqlite;
        if (!string.IsNullOrWhiteSpace(providerText)
            && !Enum.TryParse(providerText, ignoreCase: true, out provider))
        {
            throw new InvalidOperationException(
                $"{ProviderVariable} is '{providerText}'; expected 'Sqlite' or 'Postgres'.");
        }

        var admin = variable(PostgresVariable);
        var isCi = bool.TryParse(variable(CiVariable), out var ci) && ci;
        return new TestProvider(provider, string.IsNullOrWhiteSpace(admin) ? null : admin, isCi);
    }

    /// <summary>
    /// The admin connection string of the PostgreSQL test server. Without one the calling test fails when the
    /// run asked for PostgreSQL or runs in CI (a skipped PostgreSQL test there would hide that it never ran),
    /// and is skipped, saying why, on a developer's machine.
    /// </summary>
    public string PostgresRequired()
    {
        if (PostgresAdminConnectionString is { } admin)
        {
            return admin;
        }

        if (Provider == DatabaseProvider.Postgres)
        {
            throw new InvalidOperationException(
                $"{ProviderVariable} is Postgres but {PostgresVariable} is not set: give it an admin connection "
                + "string, e.g. Host=127.0.0.1;Port=5432;Username=postgres;Database=postgres.");
        }

        if (IsCi)
        {
            throw new InvalidOperationException(
                $"This test needs PostgreSQL and {CiVariable}=true, where a missing server is a failure, not a skip: "
                + $"set {PostgresVariable} (./build.sh test does), or mark the test [PostgresOnly] so that the "
                + "SQLite pass leaves it out.");
        }

        Assert.Skip(
            $"Needs PostgreSQL, and {PostgresVariable} is not set: run ./build.sh test, or see docs/testing.md "
            + "to point the tests at a server of your own.");
        throw new UnreachableException();
    }
}
