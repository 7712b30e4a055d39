using Egov.Approvals.Documents;
using Egov.Approvals.Domain;
using Egov.Approvals.Receiving;
using Egov.Identity.Contracts;
using Egov.Org.Contracts;
using Egov.Platform.Audit;
using Egov.Platform.Localization;
using Egov.Platform.Packs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Egov.Approvals.Pages.Officials;

/// <summary>
/// <c>/officials/approvals/documents/{id}</c>: the document card — the document in the official format, its line
/// with each step's state and the 전결/대결 marks, every opinion and revision — and the actions the reader may take:
/// the step's assignee or stand-in decides; the drafter submits, withdraws, or revises and resubmits. Only the
/// drafter and the officials of the line see it, and once approved the agency's records officer and the drafting
/// department (its records); 404 otherwise. An action by anyone else is 403 and audited.
/// </summary>
[Authorize(Roles = OfficialRoles.Official, Policy = AssuranceLevels.Aal2Policy)]
internal sealed class DocumentModel(
    DocumentStore store, ApprovalActions actions, DocumentSeals seals, IOrgDirectory org, CountryPack pack, CultureFormat format, IStringLocalizer texts, IAuditLog audit)
    : PageModel
{
    public ApprovalDocument Document { get; private set; } = null!;

    public string Me => User.Identity?.Name ?? "";

    public ApprovalStep? MyStep => Document.OpenStepFor(Me);

    public bool MayWithdraw => Document.DrafterNumber == Me && Document.Status == DocumentStatus.InProgress && !Document.CurrentLine.Any(s => s.HasActed);

    public bool MayResubmit => Document.DrafterNumber == Me && Document.Status is DocumentStatus.Returned or DocumentStatus.Withdrawn;

    public string DepartmentName { get; private set; } = "";

    [BindProperty]
    public string? Opinion { get; set; }

    [BindProperty]
    public RevisionForm Revision { get; set; } = new();

    public string When(DateTime utc) => format.DateTime(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));

    /// <summary>Where the approved document stands at each recipient agency.</summary>
    public IReadOnlyList<Dispatch> Dispatches { get; private set; } = [];

    public string AgencyName(string code) => pack.AgencyName(code);

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    /// <summary>The sealed PDF of an approved document, for those who may read the card; each download is audited.</summary>
    public async Task<IActionResult> OnGetPdfAsync(Guid id)
    {
        if (!await LoadAsync(id) || Document.Status != DocumentStatus.Approved)
        {
            return NotFound();
        }

        var pdf = await seals.EnsureAsync(Document, HttpContext.RequestAborted);
        await audit.AppendAsync(new AuditRecord($"official:{Me}", "approvals.document.download", ApprovalActions.DocumentReference(id)), HttpContext.RequestAborted);
        return File(pdf, "application/pdf", $"{Document.Number}.pdf");
    }

    public Task<IActionResult> OnPostApproveAsync(Guid id, Guid step) => DecideAsync(id, step, Decision.Approve);

    public Task<IActionResult> OnPostReturnAsync(Guid id, Guid step) => DecideAsync(id, step, Decision.Return);

    public Task<IActionResult> OnPostHoldAsync(Guid id, Guid step) => DecideAsync(id, step, Decision.Hold);

    public async Task<IActionResult> OnPostSubmitAsync(Guid id) => await AfterAsync(id, await actions.SubmitAsync(id, await MeAsync(), HttpContext.RequestAborted));

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id) => await AfterAsync(id, await actions.WithdrawAsync(id, await MeAsync(), HttpContext.RequestAborted));

    public async Task<IActionResult> OnPostResubmitAsync(Guid id)
    {
        var body = Revision.Body;
        var errors = new Dictionary<string, string>();
        Drafting.DraftService.CheckBody(body, errors);
        foreach (var (field, error) in errors)
        {
            ModelState.AddModelError($"{nameof(Revision)}.{char.ToUpperInvariant(field[0])}{field[1..]}", texts[error]);
        }

        if (errors.Count > 0)
        {
            return await LoadAsync(id) ? Page() : NotFound();
        }

        return await AfterAsync(id, await actions.ResubmitAsync(id, await MeAsync(), body, HttpContext.RequestAborted));
    }

    public string DepartmentOf(Guid departmentId) => departmentNames.GetValueOrDefault(departmentId, "");

    private readonly Dictionary<Guid, string> departmentNames = [];

    private async Task<IActionResult> DecideAsync(Guid id, Guid step, Decision decision) =>
        await AfterAsync(id, await actions.DecideAsync(id, step, decision, await MeAsync(), Opinion, HttpContext.RequestAborted));

    private async Task<IActionResult> AfterAsync(Guid id, ActionOutcome result)
    {
        switch (result.Status)
        {
            case ActionStatus.Done:
                return RedirectToPage(new { id });
            case ActionStatus.NotFound:
                return NotFound();
            case ActionStatus.Forbidden:
                return StatusCode(StatusCodes.Status403Forbidden);
            default:
                ModelState.AddModelError("", texts[$"approvals.refusal.{result.Refusal}"]);
                return await LoadAsync(id) ? Page() : NotFound();
        }
    }

    private async Task<Official> MeAsync()
    {
        var card = await org.FindOfficialAsync(Me, HttpContext.RequestAborted);
        return new Official(Me, card?.Name ?? Me);
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        if (await store.FindAsync(id, HttpContext.RequestAborted) is not { } document
            || !(DocumentAccess.MayRead(document, Me) || await Receiver.OfAsync(User, org, HttpContext.RequestAborted) is { } reader && reader.MayReadRecord(document)))
        {
            return false;
        }

        Document = document;
        var language = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        Dispatches = await store.DispatchesAsync(id, HttpContext.RequestAborted);
        foreach (var departmentId in document.Steps.Select(s => s.DepartmentId).Append(document.DepartmentId).Distinct())
        {
            if (await org.FindDepartmentAsync(departmentId, HttpContext.RequestAborted) is { } department)
            {
                departmentNames[departmentId] = department.NameIn(language);
            }
        }

        DepartmentName = DepartmentOf(document.DepartmentId);
        if (Revision.Title is null && document.Revisions.Count > 0)
        {
            var latest = document.Latest.Body;
            Revision = new RevisionForm { Title = latest.Title, Content = latest.Content, Attachments = string.Join('\n', latest.Attachments) };
        }

        return true;
    }
}

/// <summary>The body of a new revision.</summary>
internal sealed class RevisionForm
{
    [System.ComponentModel.DataAnnotations.Display(Name = "approvals.field.title")]
    public string? Title { get; set; }

    public string? Content { get; set; }

    public string? Attachments { get; set; }

    public DocumentBody Body => new(Title?.Trim() ?? "", Content?.Trim() ?? "",
        (Attachments ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
