using Egov.Identity.Acting;
using Egov.Identity.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Egov.Identity.Pages.Account;

/// <summary>
/// <c>/account/act-for</c>: whom the signed-in person may act for today (minor children, grantors of a power
/// in force, companies represented), starting and stopping. A start is allowed only for someone on that live
/// list; anything else — a stranger, a tampered id, a child come of age — is refused with 403 and audited.
/// </summary>
[Authorize]
internal sealed class ActForModel(Delegations delegations, ActingContext acting, ActingAudit audit, TimeProvider time) : PageModel
{
    public const string StartAction = "identity.acting.start";
    public const string StopAction = "identity.acting.stop";

    public IReadOnlyList<Delegation> Choices { get; private set; } = [];

    /// <summary>False for an account with no resident record: it cannot act for anyone.</summary>
    public bool IsResident { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var actor = acting.Actor!;
        IsResident = actor.ResidentId is not null;
        if (actor.ResidentId is { } resident)
        {
            Choices = await delegations.ForAsync(resident, HttpContext.RequestAborted);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostStartAsync(DelegationKind kind, Guid subject)
    {
        var actor = acting.Actor!;
        // An unreadable kind binds as the default (Guardian) with a model error: it must not count as one.
        var delegation = actor.ResidentId is { } resident && ModelState.IsValid
            ? await delegations.FindAsync(resident, kind, subject, HttpContext.RequestAborted)
            : null;
        if (delegation is null)
        {
            var requested = new Party(kind == DelegationKind.CompanyRepresentative ? PartyKind.Company : PartyKind.Resident, subject, "");
            await audit.DeniedAsync(actor, requested, HttpContext.RequestAborted);
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        await ActingSession.SetAsync(HttpContext, delegation, time.GetUtcNow());
        await audit.RecordAsync(actor, delegation, StartAction, delegation.Subject.Reference, HttpContext.RequestAborted);
        return LocalRedirect("~/");
    }

    public async Task<IActionResult> OnPostStopAsync()
    {
        if (acting.Delegation is { } delegation)
        {
            await ActingSession.SetAsync(HttpContext, null, time.GetUtcNow());
            await audit.RecordAsync(acting.Actor!, delegation, StopAction, delegation.Subject.Reference, HttpContext.RequestAborted);
        }

        return LocalRedirect("~/account/act-for");
    }
}
