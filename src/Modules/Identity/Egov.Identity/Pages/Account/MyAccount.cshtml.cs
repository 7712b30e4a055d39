using Egov.Identity.Acting;
using Egov.Identity.Domain;
using Egov.Identity.Sessions;
using Egov.Platform.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Egov.Identity.Pages.Account;

/// <summary>
/// <c>/account</c>: who is signed in, their ways to sign in, their sessions (end any other, or all), the
/// partner apps they let in (revoke any) and links to delegation. Ids posted back are checked against the
/// signed-in account: someone else's session or authorization is "not found" and nothing changes.
/// </summary>
[Authorize]
internal sealed class MyAccountModel(
    UserManager<Egov.Identity.Domain.Account> accounts, SignInManager<Egov.Identity.Domain.Account> signIn,
    AccountSessions sessions, ConnectedApps apps, ActingContext acting, TimeProvider time, CultureFormat format, IStringLocalizer texts) : PageModel
{
    public Egov.Identity.Domain.Account Person { get; private set; } = null!;

    public bool HasPassword { get; private set; }

    public int Passkeys { get; private set; }

    public IReadOnlyList<UserLoginInfo> Providers { get; private set; } = [];

    /// <summary>Sessions that can still be used, this one among them.</summary>
    public IReadOnlyList<AccountSession> Live { get; private set; } = [];

    /// <summary>Recent sessions that ended (signed out, revoked, timed out), kept 90 days for the owner to check.</summary>
    public IReadOnlyList<AccountSession> Past { get; private set; } = [];

    public Guid? ThisSession => ServerSessions.CurrentId(HttpContext);

    public IReadOnlyList<ConnectedApp> Apps { get; private set; } = [];

    /// <summary>What the last post did, shown once after the redirect.</summary>
    [TempData]
    public string? Done { get; set; }

    /// <summary>A time as the page shows it: on the country's clock, in the reader's language.</summary>
    public string When(DateTimeOffset instant) => format.DateTime(instant);

    private Guid Me => acting.Actor!.AccountId;

    public async Task<IActionResult> OnGetAsync()
    {
        var account = await accounts.GetUserAsync(User);
        if (account is null)
        {
            return Challenge();
        }

        Person = account;
        HasPassword = await accounts.HasPasswordAsync(account);
        Passkeys = (await accounts.GetPasskeysAsync(account)).Count;
        Providers = [.. await accounts.GetLoginsAsync(account)];
        var now = time.GetUtcNow().UtcDateTime;
        var limits = SessionLimits.For(account.Kind.ToString());
        var all = await sessions.ListAsync(account.Id, HttpContext.RequestAborted);
        Live = [.. all.Where(s => s.IsLive(now, limits)).OrderByDescending(s => s.Id == ThisSession)];
        Past = [.. all.Where(s => !s.IsLive(now, limits))];
        Apps = await apps.ListAsync(account.Id, HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeSessionAsync(Guid id)
    {
        if (!await sessions.RevokeAsync(Me, id, HttpContext.RequestAborted))
        {
            return NotFound();
        }

        Done = texts["identity.account.sessionRevoked"];
        return LocalRedirect("~/account");
    }

    public async Task<IActionResult> OnPostSignOutEverywhereAsync()
    {
        await sessions.EndAllAsync(Me, HttpContext.RequestAborted);
        // This session's row has ended with the others; the cookie goes too (and Identity's other cookies).
        await signIn.SignOutAsync();
        return LocalRedirect("~/");
    }

    public async Task<IActionResult> OnPostRevokeAppAsync(string id)
    {
        if (string.IsNullOrEmpty(id) || !await apps.RevokeAsync(Me, id, HttpContext.RequestAborted))
        {
            return NotFound();
        }

        Done = texts["identity.account.appRevoked"];
        return LocalRedirect("~/account");
    }
}
