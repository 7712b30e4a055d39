using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Identity.Domain;

/// <summary>
/// How long a session lives, by account kind: citizens 24 hours in all and 1 hour idle; officials, who
/// reach other people's data, 12 hours and 30 minutes. Checked on every request from two times the session
/// cookie carries: when the session started and when it was last used (kept to the minute).
/// </summary>
internal static class SessionLimits
{
    private const string StartedKey = "egov.started";
    private const string LastSeenKey = "egov.lastSeen";
    private static readonly TimeSpan SeenPrecision = TimeSpan.FromMinutes(1);

    /// <summary>The longest any session can last, whatever the account kind.</summary>
    public static readonly TimeSpan Longest = TimeSpan.FromHours(24);

    public static (TimeSpan Absolute, TimeSpan Idle) For(string? kind) => kind == nameof(AccountKind.Official)
        ? (TimeSpan.FromHours(12), TimeSpan.FromMinutes(30))
        : (Longest, TimeSpan.FromHours(1));

    /// <summary>When the session behind these cookie properties started (its sign-in), or null if unknown.</summary>
    public static DateTimeOffset? StartedAt(AuthenticationProperties? properties) =>
        Parse(properties?.Items.TryGetValue(StartedKey, out var started) == true ? started : null);

    public static Task OnSigningIn(CookieSigningInContext context)
    {
        var now = Now(context.HttpContext.RequestServices);
        // A cookie re-issued within the session (acting on behalf) keeps its start: the overall limit still counts from sign-in.
        context.Properties.Items.TryAdd(StartedKey, Format(now));
        context.Properties.Items[LastSeenKey] = Format(now);
        return Task.CompletedTask;
    }

    public static async Task OnValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var now = Now(context.HttpContext.RequestServices);
        var (absolute, idle) = For(context.Principal?.FindFirst(AccountClaimsPrincipalFactory.Kind)?.Value);
        var started = Parse(context.Properties.Items.TryGetValue(StartedKey, out var s) ? s : null);
        var lastSeen = Parse(context.Properties.Items.TryGetValue(LastSeenKey, out var l) ? l : null);
        if (started is null || lastSeen is null || now - started > absolute || now - lastSeen > idle)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name);
            return;
        }

        if (now - lastSeen >= SeenPrecision)
        {
            context.Properties.Items[LastSeenKey] = Format(now);
            context.ShouldRenew = true;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    private static DateTimeOffset Now(IServiceProvider services) => services.GetRequiredService<TimeProvider>().GetUtcNow();

    private static string Format(DateTimeOffset time) => time.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    private static DateTimeOffset? Parse(string? text) =>
        long.TryParse(text, CultureInfo.InvariantCulture, out var seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;
}
