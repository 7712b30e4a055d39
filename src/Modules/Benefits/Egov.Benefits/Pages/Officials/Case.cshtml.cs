using System.Globalization;
using Egov.Benefits.Applications;
using Egov.Benefits.Cases;
using Egov.Identity.Contracts;
using Egov.Platform.Packs;
using Egov.Registries.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Egov.Benefits.Pages.Officials;

/// <summary>
/// <c>/officials/benefits/cases/{id}</c>: one case of the official's agency — who applied, for whom and what — and its
/// decision: granted or refused, always with a reason the applicant reads. Another agency's case is not found (404),
/// like an unknown one. The people named are read from the registers with the case-handling purpose, so each
/// person sees the read in their log.
/// </summary>
[Authorize(Roles = OfficialRoles.CaseOfficer, Policy = AssuranceLevels.Aal2Policy)]
internal sealed class CaseModel(IActingContext acting, AgencyQueue queue, IResidentDirectory directory, CountryPack pack, IStringLocalizer texts) : PageModel
{
    private const int ReasonLength = 500;

    [BindProperty]
    public string? Reason { get; set; }

    public QueuedCase? Case { get; private set; }

    /// <summary>The decision was just saved, for the confirmation.</summary>
    public bool Done { get; private set; }

    public IReadOnlyList<Claim> Claims { get; private set; } = [];

    /// <summary>The names of the applicant, the beneficiaries and the person a bundle concerns, by id.</summary>
    public IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();

    public static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public string BenefitName(string code) => pack.Benefits.Find(code)?.Names.GetValueOrDefault(Language) ?? code;

    public string RegionName(string code) => pack.Regions.Find(code)?.Names.GetValueOrDefault(Language) ?? code;

    public async Task<IActionResult> OnGetAsync(Guid id, string? done = null)
    {
        Done = done == "decided";
        return await LoadAsync(id) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string? decision)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var reason = Reason?.Trim() ?? "";
        if (reason.Length is 0 or > ReasonLength)
        {
            ModelState.AddModelError(nameof(Reason), texts["benefits.caseDecision.reasonRequired", ReasonLength]);
        }

        if (decision is not ("grant" or "refuse"))
        {
            ModelState.AddModelError("decision", texts["benefits.caseDecision.chooseDecision"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (!await queue.DecideAsync(acting.Actor!.AgencyCode!, id, decision == "grant", reason, Actor, HttpContext.RequestAborted))
        {
            ModelState.AddModelError(nameof(Reason), texts["benefits.caseDecision.alreadyDecided"]);
            await LoadAsync(id);
            return Page();
        }

        return RedirectToPage("/Officials/Case", new { id, done = "decided" });
    }

    private string Actor => $"account:{acting.Actor!.AccountId}";

    /// <summary>The case of the official's agency with its people's names; false when there is none.</summary>
    private async Task<bool> LoadAsync(Guid id)
    {
        if (acting.Actor?.AgencyCode is not { } agency || await queue.FindAsync(agency, id, HttpContext.RequestAborted) is not { } found)
        {
            return false;
        }

        (Case, Claims) = found;
        var purpose = new DataPurpose(Actor, "benefits.case-decision", AgencyQueue.LegalBasis);
        var names = new Dictionary<Guid, string>();
        foreach (var person in Claims.Select(c => c.BeneficiaryId).Append(Case.Application.ApplicantId)
                     .Concat(Case.Application.SubjectId is { } subject ? [subject] : []).Distinct())
        {
            if (await directory.GetAsync(new ResidentId(person), purpose, HttpContext.RequestAborted) is { } resident)
            {
                names[person] = resident.Name;
            }
        }

        Names = names;
        return true;
    }
}
