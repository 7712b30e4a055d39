using System.Globalization;
using System.Security.Claims;
using Egov.Identity.Data;
using Egov.Identity.Domain;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Identity.Sessions;

/// <summary>
/// Ties the session cookie to its row in <c>identity.sessions</c>, through the cookie's own events, so every
/// way in (password, second step, registration, brokered providers, passkeys) and every way out (the header's
/// button, a partner's logout, a step-up) passes here without each page remembering to. The row's id travels
/// in the cookie's properties, which are encrypted and signed with the platform's data-protection keys.
/// </summary>
internal static class ServerSessions
{
    private const string IdKey = "egov.session";
    private static readonly object CurrentKey = new();
    private static readonly TimeSpan SeenPrecision = TimeSpan.FromMinutes(1);

    /// <summary>The session this request was validated under (set on arrival); null when not signed in.</summary>
    public static Guid? CurrentId(HttpContext http) => http?.Items[CurrentKey] as Guid?;

    public static async Task OnSigningIn(CookieSigningInContext context)
    {
        var http = context.HttpContext;
        var principal = context.Principal ?? throw new InvalidOperationException("Signing in needs a principal.");
        // A brokered provider adds its own amr values: the column keeps what fits, the sign-in does not fail on it.
        var methods = string.Join(' ', SessionAssurance.MethodsOf(principal));
        methods = methods.Length <= AccountSession.MethodsLength ? methods : methods[..AccountSession.MethodsLength];
        var level = SessionAssurance.LevelOf(principal);
        await using var scope = http.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityModuleDbContext>();
        if (IdOf(context.Properties) is { } existing)
        {
            // Re-issued within the session (acting on behalf): the same row, with the session's methods and
            // level as they are now. An ended row stays ended, so a revocation racing this request still wins.
            await db.Sessions.Where(s => s.Id == existing && s.EndedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Methods, methods).SetProperty(x => x.Level, level), http.RequestAborted);
            return;
        }

        var now = Now(http);
        if (CurrentId(http) is { } replaced)
        {
            // Signing in again in the same browser overwrites its cookie: the old session can never be used again.
            await EndAsync(db, replaced, SessionEndReason.Replaced, now, http.RequestAborted);
        }

        var session = new AccountSession
        {
            Id = Guid.NewGuid(),
            AccountId = Guid.Parse(principal.FindFirstValue(ClaimTypes.NameIdentifier)!, CultureInfo.InvariantCulture),
            StartedAt = now,
            LastSeenAt = now,
            Device = DeviceLabel.From(http.Request.Headers.UserAgent),
            SourceNetwork = SourceNetwork.Of(http.Connection.RemoteIpAddress),
            Methods = methods,
            Level = level,
        };
        db.Sessions.Add(session);
        await db.SaveChangesAsync(http.RequestAborted);
        context.Properties.Items[IdKey] = session.Id.ToString();
        http.Items[CurrentKey] = session.Id;
    }

    /// <summary>
    /// On every request: a session whose row has ended (or is gone) is refused at once, on whichever host copy
    /// the request reaches. Static files are skipped: they reveal nothing, and a page pulls several of them.
    /// </summary>
    public static async Task OnValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var http = context.HttpContext;
        if (context.Principal is not { } principal || http.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>() is not null)
        {
            return;
        }

        var db = http.RequestServices.GetRequiredService<IdentityModuleDbContext>();
        var id = IdOf(context.Properties);
        var session = id is null ? null : await db.Sessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, http.RequestAborted);
        var now = Now(http);
        var limits = SessionLimits.For(principal.FindFirstValue(AccountClaimsPrincipalFactory.Kind));
        if (session is null || session.AccountId.ToString() != principal.FindFirstValue(ClaimTypes.NameIdentifier)
            || !session.IsLive(now, limits))
        {
            if (session is { EndedAt: null })
            {
                await EndAsync(db, session.Id, SessionEndReason.Expired, now, http.RequestAborted);
            }

            context.RejectPrincipal();
            await http.SignOutAsync(context.Scheme.Name);
            return;
        }

        http.Items[CurrentKey] = session.Id;
        if (now - session.LastSeenAt >= SeenPrecision)
        {
            await db.Sessions.Where(s => s.Id == session.Id && s.EndedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAt, now), http.RequestAborted);
        }
    }

    /// <summary>Every sign-out of the session cookie ends its row, whichever page or endpoint asked for it.</summary>
    public static async Task OnSigningOut(CookieSigningOutContext context)
    {
        var http = context.HttpContext;
        if (CurrentId(http) is not { } id)
        {
            return;
        }

        await EndAsync(http.RequestServices.GetRequiredService<IdentityModuleDbContext>(), id, SessionEndReason.SignedOut, Now(http), http.RequestAborted);
        http.Items.Remove(CurrentKey);
    }

    /// <summary>Ends a live session; an already ended one keeps its time and reason.</summary>
    public static Task<int> EndAsync(IdentityModuleDbContext db, Guid id, SessionEndReason reason, DateTime now, CancellationToken cancellationToken) =>
        db.Sessions.Where(s => s.Id == id && s.EndedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now).SetProperty(x => x.EndReason, reason), cancellationToken);

    private static Guid? IdOf(AuthenticationProperties? properties) =>
        properties?.Items.TryGetValue(IdKey, out var value) == true && Guid.TryParse(value, CultureInfo.InvariantCulture, out var id) ? id : null;

    private static DateTime Now(HttpContext http) => http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
}
