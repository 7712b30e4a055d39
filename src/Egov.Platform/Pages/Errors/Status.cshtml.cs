using Egov.Platform.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Egov.Platform.Pages.Errors;

/// <summary>
/// What a person sees when a page fails: a plain explanation in their language and the reference support
/// asks for; never exception details. Reached by re-execution, so the original status code is kept.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    private static readonly HashSet<int> Explained = [400, 403, 404, 405, 413, 429, 500];

    public string TextKey { get; private set; } = "error.500";

    public string? CorrelationId { get; private set; }

    public void OnGet(int status) => Describe(status);

    public void OnPost(int status) => Describe(status);

    private void Describe(int status)
    {
        TextKey = Explained.Contains(status) ? $"error.{status}" : status >= 500 ? "error.500" : "error.400";
        CorrelationId = HttpContext.Items.TryGetValue(CorrelationIdMiddleware.HeaderName, out var id) ? id as string : null;
    }
}
