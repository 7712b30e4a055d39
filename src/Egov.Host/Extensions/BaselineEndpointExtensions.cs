namespace Egov.Host.Extensions;

/// <summary>
/// A plain-text endpoint through the same middleware pipeline, mapped only when
/// <c>Diagnostics:BaselineEndpoint</c> is true: the benchmarks' baseline for the cost of the platform's
/// own endpoints, measured in the same run (bench/http/host-baseline.sh).
/// </summary>
internal static class BaselineEndpointExtensions
{
    public static WebApplication MapBaselineEndpoint(this WebApplication app)
    {
        if (app.Configuration.GetValue("Diagnostics:BaselineEndpoint", false))
        {
            app.MapGet("/_baseline/plaintext", () => Results.Text("OK")).ExcludeFromDescription();
        }

        return app;
    }
}
