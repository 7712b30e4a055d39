using Microsoft.AspNetCore.Http;

namespace Egov.Identity.Proofing;

/// <summary>
/// Carries the attempt id between the proofing pages: in a cookie (HttpOnly, scoped to <c>/account</c>) rather
/// than the address, where it would end up in logs and referrers. The id is random; the attempt's row holds the rest.
/// </summary>
internal static class ProofingCookie
{
    private const string Name = "egov.proofing";

    public static void Set(HttpContext context, Guid attemptId) =>
        context.Response.Cookies.Append(Name, attemptId.ToString("N"), new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            Path = "/account",
            MaxAge = ProofingCodes.CodeLifetime + ProofingCodes.ProofLifetime,
        });

    public static Guid? Get(HttpContext context) =>
        Guid.TryParseExact(context.Request.Cookies[Name], "N", out var id) ? id : null;

    public static void Clear(HttpContext context) => context.Response.Cookies.Delete(Name, new CookieOptions { Path = "/account" });
}
