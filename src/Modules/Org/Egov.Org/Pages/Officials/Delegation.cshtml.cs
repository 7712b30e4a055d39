using Egov.Identity.Contracts;
using Egov.Org.Administration;
using Egov.Org.Data;
using Egov.Org.Directory;
using Egov.Platform.Packs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Egov.Org.Pages.Officials;

/// <summary>
/// <c>/officials/org/delegation</c>: the agency's delegation table (전결 규정) in plain words; the agency's org-admin adds
/// and removes rows. Until the first change the agency follows the pack's default table, which the page says.
/// </summary>
internal sealed class DelegationModel(
    OrgDbContext db, DelegationTables tables, DelegationChanges changes, DelegationRuleText ruleText, IActingAudit audit, CountryPack pack,
    IStringLocalizer texts) : OrgPage(db, audit, pack)
{
    public IReadOnlyList<DelegationRule> Rules { get; private set; } = [];

    /// <summary>Each shown rule's position, which a removal names (the pack default's rows keep their index when adopted).</summary>
    public IReadOnlyList<int> Positions { get; private set; } = [];

    public bool IsPackDefault { get; private set; }

    public DelegationRuleText RuleText => ruleText;

    public IReadOnlyList<(string Value, string Text)> DocumentTypeOptions =>
        [.. Pack.Org.DocumentTypes.Select(t => (t.Code, t.NameIn(System.Globalization.CultureInfo.CurrentUICulture)))];

    [BindProperty]
    public DelegationRowForm Add { get; set; } = new();

    public string? Open { get; private set; }

    [TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public Task<IActionResult> OnPostAddAsync() =>
        ChangeAsync("Add", "org.delegation.add", () => changes.AddAsync(Me.AgencyCode, Add.DocumentType, Add.Min, Add.Max, Add.Post, Add.Subject, HttpContext.RequestAborted));

    public Task<IActionResult> OnPostRemoveAsync(int position) =>
        ChangeAsync("Remove", "org.delegation.remove", () => changes.RemoveAsync(Me.AgencyCode, position, HttpContext.RequestAborted));

    private async Task<IActionResult> ChangeAsync(string form, string action, Func<Task<OrgChange>> change)
    {
        if (!IsAdmin)
        {
            return await RefusedAsync($"delegation:{Me.AgencyCode}");
        }

        var result = await change();
        if (result.Succeeded)
        {
            await Audit.RecordAsync(action, $"delegation:{Me.AgencyCode}/{result.Id}", HttpContext.RequestAborted);
            Done = texts[$"{action}.done"];
            return RedirectToPage();
        }

        Db.ChangeTracker.Clear();
        ModelState.AddModelError(FieldName(form, result.Field!), texts[result.ErrorKey!]);
        Open = form;
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        IsPackDefault = !await tables.IsAdoptedAsync(Me.AgencyCode, HttpContext.RequestAborted);
        var own = await tables.RowsAsync(Me.AgencyCode, HttpContext.RequestAborted);
        Rules = IsPackDefault ? Pack.Org.DefaultDelegation : [.. own.Select(r => r.ToRule())];
        Positions = IsPackDefault ? [.. Enumerable.Range(0, Rules.Count)] : [.. own.Select(r => r.Position)];
    }
}
