using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Egov.Platform.Persistence;

/// <summary>Which database engine holds the platform's data.</summary>
public enum DatabaseProvider
{
    /// <summary>The embedded default: one file, one machine.</summary>
    Sqlite,
    /// <summary>Production: many stateless host copies share one PostgreSQL.</summary>
    Postgres,
}

/// <summary>
/// Database settings, read from <c>Database:Provider</c>, <c>Database:MigrateAtStartup</c> and
/// <c>ConnectionStrings:Egov</c>. Read once at registration because the provider decides which
/// DbContext types and migration sets exist.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, bool MigrateAtStartup)
{
    public const string DefaultSqlitePath = "data/egov.db";

    /// <summary>How many statements each PostgreSQL connection keeps prepared unless the operator's string says otherwise.</summary>
    public const int MaxAutoPrepare = 64;

    /// <summary>Reads the settings; a relative SQLite path resolves against <paramref name="home"/> (see <see cref="EgovHome"/>).</summary>
    public static DatabaseSettings From(IConfiguration configuration, string home)
    {
        var providerText = configuration["Database:Provider"] ?? nameof(DatabaseProvider.Sqlite);
        if (!Enum.TryParse<DatabaseProvider>(providerText, ignoreCase: true, out var provider))
        {
            throw new InvalidOperationException(
                $"Database:Provider is '{providerText}'; expected 'Sqlite' or 'Postgres'.");
        }

        var migrate = !bool.TryParse(configuration["Database:MigrateAtStartup"], out var m) || m;
        var raw = configuration.GetConnectionString("Egov");
        var connectionString = provider switch
        {
            DatabaseProvider.Sqlite => SqliteConnectionString(raw, home),
            _ => string.IsNullOrWhiteSpace(raw)
                ? throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Egov is empty.")
                : PostgresConnectionString(raw),
        };
        return new DatabaseSettings(provider, connectionString, migrate);
    }

    /// <summary>
    /// The operator's string with two defaults it does not set itself. PostgreSQL's JIT compiler off: the platform's
    /// queries are short, and the planner prices the batch look-ups of a population run (thousands of ids a query) as
    /// long ones: at national size a chunk's look-up of its residents' facts by id spent 110–180 ms compiling itself to
    /// answer in 5 ms (2026-12-07; the households of a chunk are still read that way). And Npgsql's automatic preparation
    /// of the statements each connection runs most (<c>Max Auto Prepare</c>): the hot queries are few and repeated, and a
    /// prepared one skips its parse and plan (the verification API at 64 connections, alternated A/B: 7,700–10,000 →
    /// 11,050–11,190 req/s; within the machine's swings in a later sweep, docs/benchmarks.md). Behind a pooler that
    /// cannot keep prepared statements, set Max Auto Prepare=0.
    /// </summary>
    private static string PostgresConnectionString(string raw)
    {
        var builder = new NpgsqlConnectionStringBuilder(raw);
        if (builder.Options?.Contains("jit", StringComparison.OrdinalIgnoreCase) != true)
        {
            builder.Options = $"{builder.Options} -c jit=off".TrimStart();
        }

        if (!raw.Replace(" ", "", StringComparison.Ordinal).Contains("MaxAutoPrepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = MaxAutoPrepare;
        }

        return builder.ConnectionString;
    }

    /// <summary>Accepts a bare file path (the documented form) or a full SQLite connection string.</summary>
    private static string SqliteConnectionString(string? raw, string home)
    {
        var value = string.IsNullOrWhiteSpace(raw) ? DefaultSqlitePath : raw;
        if (value.Contains('=', StringComparison.Ordinal))
        {
            return value;
        }

        var path = Path.GetFullPath(value, home);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // A busy writer makes others wait (up to the timeout) instead of failing at once.
        return $"Data Source={path};Default Timeout=30;Pooling=True";
    }
}
