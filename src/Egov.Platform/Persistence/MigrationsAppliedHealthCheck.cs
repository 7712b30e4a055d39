using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Egov.Platform.Persistence;

/// <summary>Ready means: the database answers and every module's migrations are applied.</summary>
internal sealed class MigrationsAppliedHealthCheck(DatabaseMigrator migrator) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var pending = await migrator.PendingAsync(cancellationToken);
            return pending.Count == 0
                ? HealthCheckResult.Healthy("database reachable, migrations applied")
                : HealthCheckResult.Unhealthy($"migrations pending for: {string.Join(", ", pending)}");
        }
#pragma warning disable CA1031 // Any failure to reach the database means "not ready", whatever its type.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return HealthCheckResult.Unhealthy("database unreachable", ex);
        }
    }
}

/// <summary>Registers the readiness check of the database.</summary>
public static class DatabaseHealthCheckExtensions
{
    public static IHealthChecksBuilder AddEgovDatabaseCheck(this IHealthChecksBuilder builder, params string[] tags) =>
        builder.AddCheck<MigrationsAppliedHealthCheck>("database", tags: tags);
}
