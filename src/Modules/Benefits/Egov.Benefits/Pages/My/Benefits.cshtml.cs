using System.Globalization;
using Egov.Benefits.Applications;
using Egov.Benefits.Contracts;
using Egov.Benefits.Facts;
using Egov.Benefits.LifeEvents;
using Egov.Benefits.Offers;
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
    IActingContext acting, IBenefitEligibility eligibility, IResidentDirectory directory, FactStore facts, BenefitApplications applications,
    BereavementInquiries bereavement, CountryPack pack, TimeProvider time, IStringLocalizer texts) : PageModel
{
    /// <summary>The declared facts as posted: fact name → value (empty clears it).</summary>
    [BindProperty]
    public Dictionary<string, string?> Facts { get; set; } = [];

    public EligibilityReport? Report { get; private set; }

    /// <summary>Each minor child's report, for a parent looking at their own page.</summary>
    public IReadOnlyList<(ResidentSummary Child, EligibilityReport Report)> Children { get; private set; } = [];

    /// <summary>The facts as declared now, by name.</summary>
    public IReadOnlyDictionary<string, string> Declared { get; private set; } = new Dictionary<string, string>();

    /// <summary>What was just done (<c>saved</c>, <c>applied</c>, <c>declined</c>), for the confirmation.</summary>
    public string? Done { get; private set; }

    /// <summary>Benefits offered before anyone asked, to the person or their minor children, not yet applied for.</summary>
    public IReadOnlyList<Offer> Offers { get; private set; } = [];

    /// <summary>The person's applications, each with its cases at the deciding agencies.</summary>
    public IReadOnlyList<(Application Application, IReadOnlyList<(AgencyCase Case, IReadOnlyList<Claim> Claims)> Cases)> Applications { get; private set; } = [];

    /// <summary>The person's deceased spouse, parents and children, each of whom they may file one bereavement inquiry about.</summary>
    public IReadOnlyList<Relative> DeceasedRelatives { get; private set; } = [];

    /// <summary>The claims of those relatives that stopped at the death, by beneficiary.</summary>
    public ILookup<Guid, Claim> StoppedClaims { get; private set; } = Array.Empty<Claim>().ToLookup(c => c.BeneficiaryId);

    /// <summary>The names of the person, their minor children and deceased relatives, by id.</summary>
    public IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();

    public string BenefitName(string code) =>
        pack.Benefits.Find(code)?.Names is { } names ? names.GetValueOrDefault(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName) ?? names[pack.DefaultLanguage] : code;

    public string? BenefitKind(string code) => pack.Benefits.Find(code)?.Kind;

    public string AgencyName(string code) =>
        pack.Agencies.FirstOrDefault(a => a.Code == code)?.Names.GetValueOrDefault(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName) ?? code;

    public string? OnBehalfName => acting.IsActingOnBehalf ? acting.Subject?.Name : null;

    /// <summary>The facts a person can declare, in the order the form shows them, with whether each is yes/no.</summary>
    public static IEnumerable<(string Name, bool IsYesNo)> FactFields =>
        DeclaredFacts.All.Values.Select(f => (f.Name, (Nullable.GetUnderlyingType(f.Type) ?? f.Type) == typeof(bool)));

    public async Task<IActionResult> OnGetAsync(string? done = null)
    {
        Done = done is "saved" or "applied" or "declined" or "inquired" ? done : null;
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostFactsAsync()
    {
        if (acting.Subject is not { Kind: PartyKind.Resident } subject)
        {
            return Forbid();
        }

        // Every value is checked before any is written: one bad value saves nothing.
        var invalid = await facts.DeclareAsync(subject.Id, Facts, $"account:{acting.Actor!.AccountId}", HttpContext.RequestAborted);
        foreach (var name in invalid)
        {
            ModelState.AddModelError($"Facts[{name}]", DeclaredFacts.All.ContainsKey(name)
                ? texts["benefits.fact.invalid", texts[$"benefits.fact.{name}"].Value]
                : texts["benefits.fact.unknown"]);
        }

        if (invalid.Count > 0)
        {
            await LoadAsync();
            return Page();
        }

        return RedirectToPage(new { done = "saved" });
    }

    /// <summary>Applies for the offers ticked, or (bundle) for every open offer a birth prompted: one application, a case per agency.</summary>
    public async Task<IActionResult> OnPostApplyAsync(List<Guid> offer, string? bundle)
    {
        if (Applicant is not { } applicant)
        {
            return Forbid();
        }

        var chosen = bundle == BirthOffers.Trigger
            ? [.. (await applications.OpenOffersAsync(applicant, Purpose, HttpContext.RequestAborted)).Where(o => o.Trigger == BirthOffers.Trigger).Select(o => o.Id)]
            : offer;
        var (_, refusal) = chosen.Count == 0 ? (null, "unknown-offer")
            : await applications.ApplyAsync(applicant, chosen, bundle == BirthOffers.Trigger ? bundle : null, Purpose, HttpContext.RequestAborted);
        if (refusal is not null)
        {
            ModelState.AddModelError("offers", texts[$"benefits.apply.refused.{refusal}"]);
            await LoadAsync();
            return Page();
        }

        return RedirectToPage(new { done = "applied" });
    }

    /// <summary>Files the one bereavement inquiry about a deceased family member; anyone else's death is not found.</summary>
    public async Task<IActionResult> OnPostInquireAsync(Guid deceased)
    {
        if (Applicant is not { } applicant || acting.IsActingOnBehalf)
        {
            return Forbid();
        }

        var (_, refusal) = await bereavement.FileAsync(applicant, deceased, Purpose, HttpContext.RequestAborted);
        if (refusal == "not-family")
        {
            return NotFound();
        }

        if (refusal is not null)
        {
            ModelState.AddModelError("bereavement", texts[$"benefits.bereavement.refused.{refusal}"]);
            await LoadAsync();
            return Page();
        }

        return RedirectToPage(new { done = "inquired" });
    }

    /// <summary>What a case is about, in one line: the benefits claimed, or the services a move or an inquiry reaches.</summary>
    public string CaseSummary(Application application, AgencyCase agencyCase, IReadOnlyList<Claim> claims)
    {
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var routes = application.Bundle switch
        {
            MovingNotices.Trigger => pack.LifeEvents.Moving,
            BereavementInquiries.Bundle => pack.LifeEvents.Bereavement,
            _ => null,
        };
        return routes is null
            ? string.Join(", ", claims.Select(c => $"{BenefitName(c.BenefitCode)} · {Names.GetValueOrDefault(c.BeneficiaryId)}"))
            : string.Join(", ", LifeEventRouting.ReachingAgency(routes, agencyCase.Agency, pack.Agencies).Select(r => r.Names.GetValueOrDefault(language) ?? r.Service));
    }

    public async Task<IActionResult> OnPostDeclineAsync(Guid offer)
    {
        if (Applicant is not { } applicant)
        {
            return Forbid();
        }

        if (!await applications.DeclineAsync(applicant, offer, Purpose, HttpContext.RequestAborted))
        {
            ModelState.AddModelError("offers", texts["benefits.apply.refused.unknown-offer"]);
            await LoadAsync();
            return Page();
        }

        return RedirectToPage(new { done = "declined" });
    }

    /// <summary>The resident the session concerns, who applies (for themselves and their minor children).</summary>
    private ResidentId? Applicant => acting.Subject is { Kind: PartyKind.Resident } subject ? new ResidentId(subject.Id) : null;

    private DataPurpose Purpose => new($"account:{acting.Actor!.AccountId}", "benefits.eligibility", DataSubjectAccess);

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
        var purpose = Purpose;
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

        Offers = await applications.OpenOffersAsync(new ResidentId(subject.Id), purpose, HttpContext.RequestAborted);
        Applications = await applications.ApplicationsAsync(new ResidentId(subject.Id), HttpContext.RequestAborted);
        if (!acting.IsActingOnBehalf)
        {
            DeceasedRelatives = await bereavement.DeceasedRelativesAsync(new ResidentId(subject.Id), purpose, HttpContext.RequestAborted);
            StoppedClaims = (await bereavement.StoppedClaimsAsync([.. DeceasedRelatives.Select(r => r.Person.Id.Value)], HttpContext.RequestAborted))
                .ToLookup(c => c.BeneficiaryId);
        }

        Names = Children.Select(c => (c.Child.Id.Value, c.Child.Name)).Prepend((subject.Id, subject.Name))
            .Concat(DeceasedRelatives.Select(r => (r.Person.Id.Value, r.Person.Name))).DistinctBy(x => x.Item1).ToDictionary(x => x.Item1, x => x.Item2);
    }
}

/// <summary>A list of judged benefits and the prefix that keeps its heading ids unique on the page.</summary>
internal sealed record BenefitList(IReadOnlyList<BenefitEligibility> Benefits, string IdPrefix);
