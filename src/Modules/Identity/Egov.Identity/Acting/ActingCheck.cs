using Egov.Identity.Contracts;
using Egov.Identity.Domain;
using Egov.Platform.Packs;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Identity.Acting;

/// <summary>
/// Re-checks, on every request of an acting session, that the delegation still holds today: a power expired
/// or revoked, a child come of age, a representation ended — and the acting stops, before the request does
/// anything, with the reason kept for the page to tell. Static files are skipped: they touch
/// nobody's affairs, and each check reads the registers (which log the read). The reason goes to TempData,
/// so it survives a redirect: the request that finds the end is often a form post.
/// </summary>
internal static class ActingCheck
{
    /// <summary>How long a register fact (a child's minority, a representation, a grantor's life) stands unread.</summary>
    public static readonly TimeSpan RegisterRecheck = TimeSpan.FromMinutes(5);

    private static readonly object HoldsKey = new();
    private const string EndedKey = "egov.actingEnded";

    public static async Task OnValidatePrincipal(CookieValidatePrincipalContext context)
    {
        if (context.Principal is not { } principal || ActingSession.Read(context.Properties) is not { } acting
            || context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>() is not null)
        {
            return;
        }

        var delegation = AccountClaimsPrincipalFactory.ResidentOf(principal) is { } resident
            ? await StillHoldsAsync(context, resident, acting.Kind, acting.SubjectId)
            : null;
        if (delegation is not null)
        {
            context.HttpContext.Items[HoldsKey] = delegation;
            return;
        }

        ActingSession.Clear(context.Properties);
        context.ShouldRenew = true;
        TempData(context.HttpContext)[EndedKey] = acting.Kind.ToString();
    }

    /// <summary>
    /// The registers are read again (and the read logged, on the child's or grantor's page) once the last
    /// reading is <see cref="RegisterRecheck"/> old or the country's date has changed (a coming of age, a power's
    /// last day); in between, Identity's own table still ends a revoked power at once. Reading them on every
    /// page view would fill the person's "who looked at my data" page with one line per click, and take the
    /// audit chain's lock each time.
    /// </summary>
    private static async Task<Delegation?> StillHoldsAsync(CookieValidatePrincipalContext context, Guid resident, DelegationKind kind, Guid subject)
    {
        var services = context.HttpContext.RequestServices;
        var delegations = services.GetRequiredService<Delegations>();
        var pack = services.GetRequiredService<CountryPack>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var cancel = context.HttpContext.RequestAborted;
        if (ActingSession.LastChecked(context.Properties) is { } last && now - last.At < RegisterRecheck && pack.DateAt(last.At) == pack.DateAt(now))
        {
            return await delegations.FindWithoutRegistersAsync(resident, kind, subject, last.SubjectName, cancel);
        }

        var delegation = await delegations.FindAsync(resident, kind, subject, cancel);
        if (delegation is not null)
        {
            ActingSession.MarkChecked(context.Properties, delegation, now);
            context.ShouldRenew = true;
        }

        return delegation;
    }

    /// <summary>The delegation this request acts under, checked on arrival; null when acting for oneself.</summary>
    public static Delegation? Current(HttpContext http) => http?.Items[HoldsKey] as Delegation;

    /// <summary>The kind of delegation found no longer valid, and ended, by this request or the one that redirected here; read once.</summary>
    public static DelegationKind? Ended(HttpContext http) =>
        TempData(http)[EndedKey] is string kind && Enum.TryParse<DelegationKind>(kind, out var ended) ? ended : null;

    private static ITempDataDictionary TempData(HttpContext http) =>
        http.RequestServices.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(http);
}
