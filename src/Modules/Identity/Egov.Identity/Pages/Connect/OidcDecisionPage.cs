using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Primitives;

namespace Egov.Identity.Pages.Connect;

/// <summary>
/// An OpenID Connect endpoint that may ask the person first (consent, sign-out): the partner's request comes by
/// GET or POST, the person's answer posts the same parameters back with a <c>decision</c>, and OpenIddict
/// validates them again before the page sees them.
/// </summary>
internal abstract class OidcDecisionPage : PageModel
{
    /// <summary>The request's parameters, carried through the page's form (<c>_OidcParameters</c>).</summary>
    public IEnumerable<KeyValuePair<string, StringValues>> Parameters =>
        Request.HasFormContentType ? Request.Form.Where(p => p.Key is not ("__RequestVerificationToken" or "decision")) : Request.Query;

    public Task<IActionResult> OnGetAsync() => HandleAsync(decision: null);

    public Task<IActionResult> OnPostAsync([FromForm] string? decision) => HandleAsync(decision);

    /// <summary>The partner's request (<paramref name="decision"/> null), or the person's answer to the page.</summary>
    protected abstract Task<IActionResult> HandleAsync(string? decision);
}
