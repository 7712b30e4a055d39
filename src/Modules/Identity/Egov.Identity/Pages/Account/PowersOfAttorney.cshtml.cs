using System.ComponentModel.DataAnnotations;
using Egov.Identity.Acting;
using Egov.Identity.Contracts;
using Egov.Identity.Data;
using Egov.Platform.Audit;
using Egov.Platform.Persistence;
using Egov.Platform.Localization;
using Egov.Platform.Packs;
using Egov.Registries.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Egov.Identity.Pages.Account;

/// <summary>
/// <c>/account/powers-of-attorney</c>: give a power of attorney (the agent named by resident number and name,
/// the services, the last day), see those given and received, revoke one given. Every rule is checked before
/// anything is written; the power and its event are saved in one transaction.
/// </summary>
[Authorize]
internal sealed class PowersOfAttorneyModel(
    IdentityModuleDbContext db, IResidentDirectory residents, Delegations delegations, ActingContext acting,
    CountryPack pack, IAuditLog audit, TimeProvider time, IStringLocalizer texts, CultureFormat format) : PageModel
{
    [BindProperty]
    public GrantForm Form { get; set; } = new();

    public IReadOnlyList<PowerRow> Given { get; private set; } = [];

    public IReadOnlyList<PowerRow> Received { get; private set; } = [];

    public DateOnly Today => delegations.Today;

    public DateOnly LatestUntil => PowerOfAttorneyRules.LatestUntil(Today, pack.Delegation);

    /// <summary>What the last post did, shown once after the redirect.</summary>
    [TempData]
    public string? Done { get; set; }

    private Guid? Resident => acting.Actor?.ResidentId;

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostGrantAsync()
    {
        if (Resident is not { } grantor)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        // Every mistake in the form is shown at once; the registers are asked only about an otherwise valid form.
        if (PowerOfAttorneyRules.CheckServices(Form.Services, pack.Delegation) is { } services)
        {
            AddError(services);
        }

        if (Form.Until is { } until && PowerOfAttorneyRules.CheckUntil(until, Today, pack.Delegation) is { } tooEarlyOrLate)
        {
            AddError(tooEarlyOrLate);
        }

        var agent = ModelState.IsValid
            ? await residents.FindByIdentifierAndNameAsync(Form.AgentIdentifier!, Form.AgentName!, Purpose(grantor), HttpContext.RequestAborted)
            : null;
        if (ModelState.IsValid && agent is null)
        {
            // The same words whichever of the two did not match, and whether or not the number exists.
            ModelState.AddModelError(Field(nameof(GrantForm.AgentIdentifier)), texts["identity.poa.error.unknownAgent"]);
        }

        if (agent is not null && agent.Id.Value == grantor)
        {
            AddError(GrantRefusal.ToOneself);
        }

        if (!ModelState.IsValid || agent is null)
        {
            await LoadAsync();
            return Page();
        }

        var now = time.GetUtcNow().UtcDateTime;
        var power = PowerOfAttorneyRules.Grant(grantor, agent.Id.Value, Form.Services, Form.Until!.Value, Today, pack.Delegation, now);
        db.PowersOfAttorney.Add(power);
        db.AddIntegrationEvent(new DelegationGranted(power.Id, grantor, power.AgentResidentId, power.Services, power.ValidUntil, now), now);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        await audit.AppendAsync(new AuditRecord(ActingAudit.Reference(acting.Actor!), "identity.poa.grant", $"power-of-attorney:{power.Id}"), HttpContext.RequestAborted);
        Done = texts["identity.poa.granted", agent.Name];
        return LocalRedirect("~/account/powers-of-attorney");
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id)
    {
        var power = await db.PowersOfAttorney.SingleOrDefaultAsync(p => p.Id == id, HttpContext.RequestAborted);
        // Only the grantor may revoke; anyone else learns nothing about whether the power exists.
        if (power is null || Resident is not { } grantor || power.GrantorResidentId != grantor)
        {
            return NotFound();
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (power.Revoke(acting.Actor!.AccountId, now))
        {
            db.AddIntegrationEvent(new DelegationRevoked(power.Id, grantor, power.AgentResidentId, acting.Actor.AccountId, now), now);
            await db.SaveChangesAsync(HttpContext.RequestAborted);
            await audit.AppendAsync(new AuditRecord(ActingAudit.Reference(acting.Actor), "identity.poa.revoke", $"power-of-attorney:{power.Id}"), HttpContext.RequestAborted);
        }

        Done = texts["identity.poa.revoked"];
        return LocalRedirect("~/account/powers-of-attorney");
    }

    private void AddError(GrantRefusal refusal)
    {
        var (field, message) = refusal switch
        {
            GrantRefusal.ToOneself => (nameof(GrantForm.AgentIdentifier), texts["identity.poa.error.self"]),
            GrantRefusal.NoValidService => (nameof(GrantForm.Services), texts["identity.poa.error.services"]),
            GrantRefusal.UntilNotInFuture => (nameof(GrantForm.Until), texts["identity.poa.error.untilPast"]),
            _ => (nameof(GrantForm.Until), texts["identity.poa.error.untilFar", format.Date(LatestUntil)]),
        };
        ModelState.AddModelError(Field(field), message);
    }

    private static string Field(string name) => $"{nameof(Form)}.{name}";

    private async Task LoadAsync()
    {
        if (Resident is not { } me)
        {
            return;
        }

        var powers = await db.PowersOfAttorney.AsNoTracking()
            .Where(p => p.GrantorResidentId == me || p.AgentResidentId == me)
            .OrderByDescending(p => p.CreatedAt)
            .ToListAsync(HttpContext.RequestAborted);
        var names = new Dictionary<Guid, string>();
        foreach (var other in powers.Select(p => p.GrantorResidentId == me ? p.AgentResidentId : p.GrantorResidentId).Distinct())
        {
            names[other] = (await residents.GetAsync(new ResidentId(other), Purpose(me), HttpContext.RequestAborted))?.Name ?? "";
        }

        Given = [.. powers.Where(p => p.GrantorResidentId == me).Select(p => new PowerRow(p, names[p.AgentResidentId]))];
        Received = [.. powers.Where(p => p.AgentResidentId == me).Select(p => new PowerRow(p, names[p.GrantorResidentId]))];
    }

    private static DataPurpose Purpose(Guid resident) =>
        new($"resident:{resident}", "identity.power-of-attorney", "consent of the grantor (power of attorney)");
}

/// <summary>A power of attorney with the other person's name.</summary>
internal sealed record PowerRow(PowerOfAttorney Power, string OtherName);

/// <summary>The grant form.</summary>
internal sealed class GrantForm
{
    [Display(Name = "identity.poa.agentIdentifier", Description = "identity.poa.agentIdentifierHint")]
    [Required(ErrorMessage = "identity.poa.required.agentIdentifier")]
    [StringLength(32, ErrorMessage = "validation.maxLength")]
    public string? AgentIdentifier { get; set; }

    [Display(Name = "identity.poa.agentName", Description = "identity.poa.agentNameHint")]
    [Required(ErrorMessage = "identity.poa.required.agentName")]
    [StringLength(100, ErrorMessage = "validation.maxLength")]
    public string? AgentName { get; set; }

    [Display(Name = "identity.poa.services")]
    public List<string> Services { get; set; } = [];

    [Display(Name = "identity.poa.until")]
    [Required(ErrorMessage = "identity.poa.required.until")]
    public DateOnly? Until { get; set; }
}
