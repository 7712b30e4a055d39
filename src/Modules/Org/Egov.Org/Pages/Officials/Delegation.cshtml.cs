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
    IStringLocalizer texts, TimeProvider time) : OrgPage(db, audit, pack, time, texts)
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

    public async Task OnGetAsync() => await LoadAsync();

    public Task<IActionResult> OnPostAddAsync() => ApplyAsync(
        new OrgEdit("Add", "org.delegation.add", $"delegation:{Me.AgencyCode}") { Audited = r => $"delegation:{Me.AgencyCode}/{r.Id}" },
        () => changes.AddAsync(Me.AgencyCode, Add.DocumentType, Add.Min, Add.Max, Add.Post, Add.Subject, HttpContext.RequestAborted),
        LoadAsync);

    public Task<IActionResult> OnPostRemoveAsync(int position) => ApplyAsync(
        new OrgEdit("Remove", "org.delegation.remove", $"delegation:{Me.AgencyCode}") { Audited = r => $"delegation:{Me.AgencyCode}/{r.Id}" },
        () => changes.RemoveAsync(Me.AgencyCode, position, HttpContext.RequestAborted),
        LoadAsync);

    private async Task LoadAsync()
    {
        IsPackDefault = !await tables.IsAdoptedAsync(Me.AgencyCode, HttpContext.RequestAborted);
        var own = await tables.RowsAsync(Me.AgencyCode, HttpContext.RequestAborted);
        Rules = IsPackDefault ? Pack.Org.DefaultDelegation : [.. own.Select(r => r.ToRule())];
        Positions = IsPackDefault ? [.. Enumerable.Range(0, Rules.Count)] : [.. own.Select(r => r.Position)];
    }
}
