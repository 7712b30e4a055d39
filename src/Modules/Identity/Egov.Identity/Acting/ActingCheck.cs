using Egov.Identity.Contracts;
using Egov.Identity.Domain;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Identity.Acting;

/// <summary>
/// Re-checks, on every request of an acting session, that the delegation still holds today: a power expired
/// or revoked, a child come of age, a representation ended — and the acting stops at once, before the
/// request does anything, with the reason kept for the page to tell. Static files are skipped: they touch
/// nobody's affairs, and each check reads the registers (which log the read). The reason goes to TempData,
/// so it survives a redirect: the request that finds the end is often a form post.
/// </summary>
internal static class ActingCheck
{
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
            ? await context.HttpContext.RequestServices.GetRequiredService<Delegations>()
                .FindAsync(resident, acting.Kind, acting.SubjectId, context.HttpContext.RequestAborted)
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

    /// <summary>The delegation this request acts under, checked on arrival; null when acting for oneself.</summary>
    public static Delegation? Current(HttpContext http) => http?.Items[HoldsKey] as Delegation;

    /// <summary>The kind of delegation found no longer valid, and ended, by this request or the one that redirected here; read once.</summary>
    public static DelegationKind? Ended(HttpContext http) =>
        TempData(http)[EndedKey] is string kind && Enum.TryParse<DelegationKind>(kind, out var ended) ? ended : null;

    private static ITempDataDictionary TempData(HttpContext http) =>
        http.RequestServices.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(http);
}
