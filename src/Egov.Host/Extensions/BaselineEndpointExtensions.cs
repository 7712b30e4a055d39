namespace Egov.Host.Extensions;

/// <summary>
/// A plain-text endpoint through the same middleware pipeline, mapped only when
/// <c>Diagnostics:BaselineEndpoint</c> is true: the benchmarks' baseline for the cost of the platform's
/// own endpoints, measured in the same run (bench/http/host-baseline.sh). Beside it a minimal-API JSON endpoint that
/// binds a small body and answers an object, the baseline of the JSON APIs (bench/http/documents-verify.sh).
/// </summary>
internal static class BaselineEndpointExtensions
{
    public static WebApplication MapBaselineEndpoint(this WebApplication app)
    {
        if (app.Configuration.GetValue("Diagnostics:BaselineEndpoint", false))
        {
            app.MapGet("/_baseline/plaintext", () => Results.Text("OK")).ExcludeFromDescription();
            app.MapPost("/_baseline/json", (BaselineRequest request) => TypedResults.Ok(new BaselineResponse("valid", request.Number)))
                .ExcludeFromDescription();
        }

        return app;
    }
}

internal sealed record BaselineRequest(string? Number);

internal sealed record BaselineResponse(string Status, string? Number);
