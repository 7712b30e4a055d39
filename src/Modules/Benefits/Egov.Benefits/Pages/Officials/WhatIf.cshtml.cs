using System.Globalization;
using Egov.Benefits.Data;
using Egov.Benefits.WhatIf;
using Egov.Identity.Contracts;
using Egov.Platform.Packs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Egov.Benefits.Pages.Officials;

/// <summary>
/// <c>/officials/benefits/what-if</c>: an official drafts new conditions or a new amount for a benefit and simulates
/// them over the whole population beside the rule in force (counts, people gained and lost, yearly cost). Only totals
/// are shown. Publishing is a change to the pack's rule file, reviewed like code: the page gives the drafted lines.
/// </summary>
[Authorize(Roles = OfficialRoles.Official, Policy = AssuranceLevels.Aal2Policy)]
internal sealed class WhatIfModel(IActingContext acting, BenefitsDbContext db, CountryPack pack, TimeProvider time, IStringLocalizer texts) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Benefit { get; set; }

    /// <summary>The drafted expression per condition id.</summary>
    [BindProperty]
    public Dictionary<string, string> When { get; set; } = [];

    [BindProperty]
    public string? Amount { get; set; }

    [BindProperty]
    public DateOnly? AsOf { get; set; }

    public BenefitDefinition? Definition { get; private set; }

    public BenefitPeriod? InForce { get; private set; }

    public IReadOnlyList<PolicyDraft> Drafts { get; private set; } = [];

    public static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (Definition is null || InForce is null)
        {
            ModelState.AddModelError(nameof(Benefit), texts["benefits.whatIf.noRule"]);
            return Page();
        }

        var conditions = InForce.Conditions.Select(c => new DraftRule.DraftCondition(c.Id, When.GetValueOrDefault(c.Id)?.Trim() is { Length: > 0 } w ? w : c.When)).ToList();
        var (_, errors) = DraftRule.Compile(InForce, conditions, Amount);
        foreach (var (field, error) in errors)
        {
            ModelState.AddModelError(field == "amount" ? nameof(Amount) : $"When[{field["when:".Length..]}]", texts["benefits.whatIf.invalid", error]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.PolicyDrafts.Add(new PolicyDraft
        {
            Id = Guid.CreateVersion7(), BenefitCode = Definition.Code, ConditionsJson = DraftRule.ToJson(conditions),
            Amount = string.IsNullOrWhiteSpace(Amount) ? InForce.Amount : Amount.Trim(), AsOf = Day,
            DraftedBy = $"account:{acting.Actor!.AccountId}", CreatedAt = time.GetUtcNow().UtcDateTime, Status = DraftStatus.Queued,
        });
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage(new { benefit = Definition.Code });
    }

    private DateOnly Day => AsOf ?? pack.Today(time);

    private async Task LoadAsync()
    {
        Definition = Benefit is null ? null : pack.Benefits.Find(Benefit);
        InForce = Definition?.On(Day);
        Drafts = await db.PolicyDrafts.AsNoTracking().OrderByDescending(d => d.CreatedAt).Take(10).ToListAsync(HttpContext.RequestAborted);
    }
}
