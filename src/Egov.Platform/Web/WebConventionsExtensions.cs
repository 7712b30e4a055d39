using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Platform.Web;

/// <summary>
/// The conventions every HTTP surface follows: RFC 9457 problem details for every error, request size
/// limits, security headers, correlation ids, rate limiting per client.
/// </summary>
public static class WebConventionsExtensions
{
    /// <summary>Name of the rate-limiting policy applied to the APIs.</summary>
    public const string ApiRateLimitPolicy = "per-client";

    /// <summary>Name of the rate-limiting policy on sign-in forms (per source address).</summary>
    public const string SignInRateLimitPolicy = "sign-in";

    public static IServiceCollection AddEgovWebConventions(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection("Platform:Limits");
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            c.ProblemDetails.Instance ??= c.HttpContext.Request.Path;
            if (c.HttpContext.Items.TryGetValue(CorrelationIdMiddleware.HeaderName, out var id))
            {
                c.ProblemDetails.Extensions["correlationId"] = id;
            }
        });
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o =>
            o.Limits.MaxRequestBodySize = limits.GetValue("MaxRequestBodyBytes", 10L * 1024 * 1024));
        // Behind a TLS-terminating proxy the scheme and client address come from X-Forwarded-*, trusted only
        // from the proxies listed (loopback by default): HSTS and per-client limits then see the real values.
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in configuration.GetSection("Platform:ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
            {
                o.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }
        });
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            var permits = limits.GetValue("RequestsPerMinutePerClient", 600);
            // Guessing passwords from one address: a few attempts a minute is all a person needs.
            var signIns = limits.GetValue("SignInAttemptsPerMinutePerAddress", 10);
            // Only attempts count: showing the form again is free.
            o.AddPolicy(SignInRateLimitPolicy, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = signIns, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("form"));
            o.AddPolicy(ApiRateLimitPolicy, context => RateLimitPartition.GetTokenBucketLimiter(
                ClientKey(context),
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = permits,
                    TokensPerPeriod = permits,
                    ReplenishmentPeriod = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
            o.OnRejected = async (context, cancellationToken) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                // People get the error page in their language (status-code re-execution); machines problem details.
                if (!IsForMachines(context.HttpContext))
                {
                    return;
                }

                await context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = "Too many requests", Detail = "Slow down and retry after the time in Retry-After." },
                });
            };
        });
        return services;
    }

    /// <summary>
    /// The middleware order matters: ids and headers first, so even error responses carry them. Machines
    /// (APIs, probes) get problem details; people get an error page in their language, with the original
    /// status code kept.
    /// </summary>
    public static IApplicationBuilder UseEgovWebConventions(this IApplicationBuilder app)
    {
        app.UseForwardedHeaders();
        app.UseMiddleware<CorrelationIdMiddleware>();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        // Malformed requests (oversized body, bad headers) keep their own 4xx instead of becoming 500s.
        static int StatusOf(Exception ex) => ex is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;
        app.UseWhen(IsForMachines, api =>
        {
            api.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = StatusOf });
            api.UseStatusCodePages();
        });
        app.UseWhen(c => !IsForMachines(c), pages =>
        {
            pages.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/error/500", StatusCodeSelector = StatusOf });
            pages.UseStatusCodePagesWithReExecute("/error/{0}");
        });
        app.UseHsts();
        return app;
    }

    private static bool IsForMachines(HttpContext context)
    {
        var path = context.Request.Path;
        return path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi") || path.StartsWithSegments("/health")
            || path.StartsWithSegments("/metrics") || path.StartsWithSegments("/docs/api-assets") || path.StartsWithSegments("/_baseline");
    }

    // A signed-in caller is limited per account or client id; an anonymous one per address.
    private static string ClientKey(HttpContext context) =>
        context.User.FindFirstValue("client_id")
        ?? context.User.FindFirstValue(ClaimTypes.NameIdentifier)
        ?? context.Connection.RemoteIpAddress?.ToString()
        ?? "unknown";
}
