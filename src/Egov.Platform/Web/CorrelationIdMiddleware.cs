using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Egov.Platform.Web;

/// <summary>
/// Gives every request a correlation id (the caller's <c>X-Correlation-Id</c> when well-formed, else the
/// trace id), echoes it in the response and puts it in the scope of every log line of the request.
/// </summary>
internal sealed partial class CorrelationIdMiddleware(RequestDelegate next, ILogger<CorrelationIdMiddleware> logger)
{
    public const string HeaderName = "X-Correlation-Id";

    public async Task InvokeAsync(HttpContext context)
    {
        var supplied = context.Request.Headers[HeaderName].ToString();
        // Only a short token of safe characters is echoed back: the header must not carry log injection.
        var id = SafeId().IsMatch(supplied) ? supplied : Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;
        context.Items[HeaderName] = id;
        context.Response.Headers[HeaderName] = id;
        using (logger.BeginScope(new Dictionary<string, object> { ["CorrelationId"] = id }))
        {
            await next(context);
        }
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex SafeId();
}
