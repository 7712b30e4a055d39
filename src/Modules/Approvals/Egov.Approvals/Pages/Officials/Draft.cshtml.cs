using Egov.Approvals.Domain;
using Egov.Approvals.Drafting;
using Egov.Identity.Contracts;
using Egov.Org.Contracts;
using Egov.Platform.Packs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Egov.Approvals.Pages.Officials;

/// <summary>
/// <c>/officials/approvals/draft</c>: a document in the official format. The line is proposed by the platform from
/// the delegation table (reviewers and final approver) plus the co-approving departments and copies the drafter
/// picks, which they may keep as a saved line. "Show the line" proposes without writing; "save" keeps a draft;
/// "submit" sends it up the line.
/// </summary>
[Authorize(Roles = OfficialRoles.Official, Policy = AssuranceLevels.Aal2Policy)]
internal sealed class DraftModel(DraftService drafts, LineProposer proposer, SavedLines savedLines, IOrgDirectory org, CountryPack pack, IStringLocalizer texts)
    : PageModel
{
    [BindProperty]
    public DraftForm Form { get; set; } = new();

    public OfficialCard? Official { get; private set; }

    public IReadOnlyList<DepartmentCard> Departments { get; private set; } = [];

    /// <summary>The pack's other agencies, which a document can be dispatched to.</summary>
    public IEnumerable<(string Code, string Name)> RecipientChoices =>
        pack.Agencies.Where(a => a.Code != Official?.AgencyCode).Select(a => (a.Code, pack.AgencyName(a.Code)));

    public IReadOnlyList<(Guid Id, string Name)> Saved { get; private set; } = [];

    public LineProposal? Proposal { get; private set; }

    public ApprovalSettings Settings => pack.Approvals;

    public string TypeName(string code) => pack.DocumentType(code);

    public async Task<IActionResult> OnGetAsync(Guid? line)
    {
        if (!await LoadAsync())
        {
            return Page();
        }

        if (line is { } id && await savedLines.FindAsync(Official!.EmployeeNumber, id, HttpContext.RequestAborted) is { } choices)
        {
            Form.Apply(choices);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostProposeAsync()
    {
        if (await LoadAsync() && pack.Approvals.FindType(Form.DocumentType ?? "") is { } type)
        {
            Proposal = await proposer.ProposeAsync(Official!, type.Code, Form.Amount, Form.Choices, HttpContext.RequestAborted);
            if (Proposal.ErrorField is { } field)
            {
                ModelState.AddModelError(FieldName(field), texts[Proposal.Error!]);
            }
        }
        else
        {
            ModelState.AddModelError(FieldName("documentType"), texts["approvals.draft.error.type"]);
        }

        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync() => CreateAsync(submit: false);

    public Task<IActionResult> OnPostAsync() => CreateAsync(submit: true);

    private async Task<IActionResult> CreateAsync(bool submit)
    {
        if (!await LoadAsync())
        {
            return Forbid();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await drafts.CreateAsync(Official!.EmployeeNumber, Form.Input, submit, null, HttpContext.RequestAborted);
        foreach (var (field, error) in result.Errors)
        {
            ModelState.AddModelError(FieldName(field), texts[error]);
        }

        if (result.Document is null)
        {
            return Page();
        }

        if (!string.IsNullOrWhiteSpace(Form.SaveLineAs))
        {
            await savedLines.SaveAsync(Official.EmployeeNumber, Form.SaveLineAs.Trim(), Form.Choices, HttpContext.RequestAborted);
        }

        return RedirectToPage("Document", new { id = result.Document.Id });
    }

    public string StepLabel(LineStep step) => texts[$"approvals.kind.{step.Kind}"];

    private async Task<bool> LoadAsync()
    {
        Official = await org.FindOfficialAsync(User.Identity?.Name ?? "", HttpContext.RequestAborted);
        if (Official is null)
        {
            return false;
        }

        Departments = [.. (await org.DepartmentsAsync(Official.AgencyCode, HttpContext.RequestAborted)).Where(d => d.Id != Official.DepartmentId && d.ParentId is not null)];
        Saved = await savedLines.ListAsync(Official.EmployeeNumber, HttpContext.RequestAborted);
        return true;
    }

    /// <summary>The form field a service error belongs to, so the error summary links to it.</summary>
    private static string FieldName(string field) => field switch
    {
        "drafter" or "line" => "",
        _ => $"{nameof(Form)}.{char.ToUpperInvariant(field[0])}{field[1..]}",
    };
}
