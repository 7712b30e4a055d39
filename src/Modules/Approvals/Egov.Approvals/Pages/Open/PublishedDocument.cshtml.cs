using Egov.Approvals.Documents;
using Egov.Approvals.Domain;
using Egov.Approvals.Records;
using Egov.Org.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Egov.Approvals.Pages.Open;

/// <summary>
/// <c>/open/approvals/{id}</c>, open to anyone: a published document in the official format, its sealed PDF, and the
/// officials responsible by name, department and post (정책실명제). Anything not published is 404.
/// </summary>
[AllowAnonymous]
internal sealed class PublishedDocumentModel(PublicDocuments published, DocumentSeals seals, IOrgDirectory org) : PageModel
{
    public ApprovalDocument Document { get; private set; } = null!;

    public string DraftingDepartment { get; private set; } = "";

    /// <summary>The officials responsible, in the order they signed: their role on the line, name and post.</summary>
    public IReadOnlyList<(string Role, string Name, string Post)> Responsible { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnGetPdfAsync(Guid id) =>
        await LoadAsync(id) ? File(await seals.EnsureAsync(Document, HttpContext.RequestAborted), "application/pdf", $"{Document.Number}.pdf") : NotFound();

    private async Task<bool> LoadAsync(Guid id)
    {
        var cancellationToken = HttpContext.RequestAborted;
        if (await published.FindAsync(id, cancellationToken) is not { } document)
        {
            return false;
        }

        Document = document;
        var culture = System.Globalization.CultureInfo.CurrentUICulture;
        DraftingDepartment = (await org.FindDepartmentAsync(document.DepartmentId, cancellationToken))?.NameIn(culture.TwoLetterISOLanguageName) ?? "";
        var responsible = new List<(string, string, string)> { ("Draft", document.DrafterName, await seals.PostAsync(document.DrafterNumber, culture, cancellationToken)) };
        foreach (var step in document.CurrentLine.Where(s => s.State == StepState.Approved))
        {
            responsible.Add((step.Kind.ToString(), step.ActedByName!, await seals.PostAsync(step.ActedByNumber!, culture, cancellationToken)));
        }

        Responsible = responsible;
        return true;
    }
}
