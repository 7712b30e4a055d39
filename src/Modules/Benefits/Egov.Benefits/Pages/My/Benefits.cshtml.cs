using System.Globalization;
using Egov.Benefits.Contracts;
using Egov.Benefits.Facts;
using Egov.Benefits.Rules;
using Egov.Identity.Contracts;
using Egov.Platform.Packs;
using Egov.Registries.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Egov.Benefits.Pages.My;

/// <summary>
/// <c>/my/benefits</c>: what the person the session concerns gets, may get (and which facts would decide it) and does
/// not get, each explained; the minor children's benefits for a parent; and the facts the person declares. Whose page
/// it is comes only from the session and the acting context.
/// </summary>
[Authorize]
internal sealed class BenefitsModel(
    IActingContext acting, IBenefitEligibility eligibility, IResidentDirectory directory, FactStore facts,
    CountryPack pack, TimeProvider time, IStringLocalizer texts) : PageModel
{
    /// <summary>The declared facts as posted: fact name → value (empty clears it).</summary>
    [BindProperty]
    public Dictionary<string, string?> Facts { get; set; } = [];

    public EligibilityReport? Report { get; private set; }

    /// <summary>Each minor child's report, for a parent looking at their own page.</summary>
    public IReadOnlyList<(ResidentSummary Child, EligibilityReport Report)> Children { get; private set; } = [];

    /// <summary>The facts as declared now, by name.</summary>
    public IReadOnlyDictionary<string, string> Declared { get; private set; } = new Dictionary<string, string>();

    public bool Saved { get; private set; }

    public string? OnBehalfName => acting.IsActingOnBehalf ? acting.Subject?.Name : null;

    /// <summary>The facts a person can declare, in the order the form shows them, with whether each is yes/no.</summary>
    public static IEnumerable<(string Name, bool IsYesNo)> FactFields =>
        DeclaredFacts.All.Values.Select(f => (f.Name, (Nullable.GetUnderlyingType(f.Type) ?? f.Type) == typeof(bool)));

    public async Task<IActionResult> OnGetAsync(bool saved = false)
    {
        Saved = saved;
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostFactsAsync()
    {
        if (acting.Subject is not { Kind: PartyKind.Resident } subject)
        {
            return Forbid();
        }

        // Validate every value first: nothing is written unless all of them are sound.
        var known = DeclaredFacts.All;
        foreach (var (name, value) in Facts)
        {
            if (!known.ContainsKey(name))
            {
                ModelState.AddModelError($"Facts[{name}]", texts["benefits.fact.unknown"]);
            }
            else if (!string.IsNullOrWhiteSpace(value) && !FactStore.IsValid(known[name].Type, value.Trim()))
            {
                ModelState.AddModelError($"Facts[{name}]", texts["benefits.fact.invalid", texts[$"benefits.fact.{name}"].Value]);
            }
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        foreach (var (name, value) in Facts)
        {
            await facts.DeclareAsync(subject.Id, name, value, $"account:{acting.Actor!.AccountId}", HttpContext.RequestAborted);
        }

        return RedirectToPage(new { saved = true });
    }

    /// <summary>The person (or their guardian or attorney) reads their own data: the basis Documents' wallet uses too.</summary>
    private const string DataSubjectAccess = "data-subject-access";

    private async Task LoadAsync()
    {
        if (acting.Subject is not { Kind: PartyKind.Resident } subject)
        {
            return;
        }

        var today = pack.Today(time);
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var purpose = new DataPurpose($"account:{acting.Actor!.AccountId}", "benefits.eligibility", DataSubjectAccess);
        Report = await eligibility.EvaluateAsync(new ResidentId(subject.Id), today, language, purpose, HttpContext.RequestAborted);
        Declared = await facts.ReadAsync(subject.Id, HttpContext.RequestAborted);
        if (!acting.IsActingOnBehalf)
        {
            var children = new List<(ResidentSummary, EligibilityReport)>();
            foreach (var child in await directory.MinorChildrenAsync(new ResidentId(subject.Id), today, purpose, HttpContext.RequestAborted))
            {
                if (await eligibility.EvaluateAsync(child.Id, today, language, purpose, HttpContext.RequestAborted) is { } report)
                {
                    children.Add((child, report));
                }
            }

            Children = children;
        }
    }
}

/// <summary>A list of judged benefits and the prefix that keeps its heading ids unique on the page.</summary>
internal sealed record BenefitList(IReadOnlyList<BenefitEligibility> Benefits, string IdPrefix);
