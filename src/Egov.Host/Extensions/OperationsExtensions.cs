using Egov.Platform.Persistence;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Egov.Host.Extensions;

/// <summary>What operators watch: health endpoints, OpenTelemetry traces and metrics, Prometheus scraping.</summary>
internal static class OperationsExtensions
{
    public static WebApplicationBuilder AddOperations(this WebApplicationBuilder builder)
    {
        builder.Logging.AddJsonConsole(o =>
        {
            o.IncludeScopes = true;
            o.UseUtcTimestamp = true;
            o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        });
        builder.Services.AddHealthChecks()
            .AddEgovDatabaseCheck("ready");

        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("egov-host", serviceInstanceId: Environment.MachineName))
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("Egov.*")
                .AddPrometheusExporter());
        // Traces leave the process only when an OTLP collector is configured (standard OTEL_* variables); without
        // one they are not recorded at all: spans nobody collects still cost every API request CPU (docs/benchmarks.md).
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            otel.WithTracing(t => t
                    .AddAspNetCoreInstrumentation(o => o.Filter = c => !IsProbe(c.Request.Path))
                    .AddHttpClientInstrumentation()
                    .AddSource("Egov.*"))
                .UseOtlpExporter();
        }

        return builder;
    }

    // Probes, scrapes and the benchmark baseline would flood the traces without telling anything.
    private static bool IsProbe(PathString path) =>
        path.StartsWithSegments("/health") || path.StartsWithSegments("/metrics") || path.StartsWithSegments("/_baseline");

    /// <summary>
    /// The probes answer before authentication and routing: they must work while the database is not
    /// ready (that is what they report) and cost nothing on a busy copy.
    /// </summary>
    public static WebApplication UseProbes(this WebApplication app)
    {
        app.UseHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.UseHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
        return app;
    }

    public static WebApplication MapMetrics(this WebApplication app)
    {
        app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }
}
