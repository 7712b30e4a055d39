using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Egov.Identity.Pages.Account;

/// <summary>
/// <c>/account/sign-in/external/failed</c>: a provider sign-in that did not work, said plainly with what to do
/// next — the person refused (<c>denied</c>), the provider reported an error (<c>error</c>), the round trip
/// went stale or was tampered with (<c>session</c>), the account is locked (<c>locked</c>), or the provider is
/// down (<c>unavailable</c>).
/// </summary>
internal sealed class ExternalFailedModel : PageModel
{
    private static readonly string[] Reasons = ["denied", "error", "session", "locked", "unavailable"];

    public string Reason { get; private set; } = "error";

    public void OnGet(string? reason) => Reason = Reasons.Contains(reason) ? reason! : "error";
}
