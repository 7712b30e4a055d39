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
/// <c>/officials/approvals/received/{id}</c>: a document another agency dispatched here, in the official format with
/// its sealed PDF, and the step of receiving the reader may take: the records officer hands it to a department
/// (배부), an official of that department registers it (접수). Another agency's dispatch is 404; a step the reader may
/// not take is 403; both audited.
/// </summary>
[Authorize(Roles = OfficialRoles.Official, Policy = AssuranceLevels.Aal2Policy)]
internal sealed class ReceivedDocumentModel(
    ReceivedDocuments received, DocumentStore store, DocumentSeals seals, IOrgDirectory org, CountryPack pack, CultureFormat format, IStringLocalizer texts, IAuditLog audit)
    : PageModel
{
    public Receiver Me { get; private set; } = null!;

    public Dispatch Dispatch { get; private set; } = null!;

    public ApprovalDocument Document { get; private set; } = null!;

    public string DraftingDepartment { get; private set; } = "";

    public string? AssignedDepartment { get; private set; }

    /// <summary>The agency's departments a records officer can hand it to.</summary>
    public IReadOnlyList<DepartmentCard> Departments { get; private set; } = [];

    [BindProperty]
    public Guid? DepartmentId { get; set; }

    public string AgencyName(string code) => pack.AgencyName(code);

    public string When(DateTime utc) => format.DateTime(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    /// <summary>The sender's sealed PDF, as it arrived; each download is audited.</summary>
    public async Task<IActionResult> OnGetPdfAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var pdf = await seals.EnsureAsync(Document, HttpContext.RequestAborted);
        await audit.AppendAsync(new AuditRecord(ApprovalActions.ActorReference(Me.Official), "approvals.dispatch.download",
            ReceivedDocuments.DispatchReference(id)), HttpContext.RequestAborted);
        return File(pdf, "application/pdf", $"{Document.Number}.pdf");
    }

    public async Task<IActionResult> OnPostAssignAsync(Guid id)
    {
        if (await Receiver.OfAsync(User, org, HttpContext.RequestAborted) is not { } me)
        {
            return NotFound();
        }

        if (DepartmentId is not { } department)
        {
            ModelState.AddModelError(nameof(DepartmentId), texts["approvals.received.chooseDepartment"]);
            return await LoadAsync(id) ? Page() : NotFound();
        }

        return await AfterAsync(id, await received.AssignAsync(id, department, me, HttpContext.RequestAborted));
    }

    public async Task<IActionResult> OnPostRegisterAsync(Guid id) =>
        await Receiver.OfAsync(User, org, HttpContext.RequestAborted) is { } me
            ? await AfterAsync(id, await received.RegisterAsync(id, me, HttpContext.RequestAborted))
            : NotFound();

    private async Task<IActionResult> AfterAsync(Guid id, ReceivingOutcome outcome)
    {
        switch (outcome.Status)
        {
            case ActionStatus.Done:
                return RedirectToPage(new { id });
            case ActionStatus.NotFound:
                return NotFound();
            case ActionStatus.Forbidden:
                return StatusCode(StatusCodes.Status403Forbidden);
            default:
                ModelState.AddModelError(outcome.Refusal == DispatchRefusal.ForeignDepartment ? nameof(DepartmentId) : "",
                    texts[$"approvals.dispatch.refusal.{outcome.Refusal}"]);
                return await LoadAsync(id) ? Page() : NotFound();
        }
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var cancellationToken = HttpContext.RequestAborted;
        if (await Receiver.OfAsync(User, org, cancellationToken) is not { } me
            || await received.FindAsync(id, me, cancellationToken) is not { } dispatch
            || await store.FindAsync(dispatch.DocumentId, cancellationToken) is not { } document)
        {
            return false;
        }

        (Me, Dispatch, Document) = (me, dispatch, document);
        var language = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        DraftingDepartment = (await org.FindDepartmentAsync(document.DepartmentId, cancellationToken))?.NameIn(language) ?? "";
        if (dispatch.DepartmentId is { } assigned)
        {
            AssignedDepartment = (await org.FindDepartmentAsync(assigned, cancellationToken))?.NameIn(language);
        }

        if (me.MayAssign(dispatch) && dispatch.Status != DispatchStatus.Registered)
        {
            Departments = await org.DepartmentsAsync(me.Card.AgencyCode, cancellationToken);
            DepartmentId ??= dispatch.DepartmentId;
        }

        return true;
    }
}
