using Egov.Field.Api;
using Egov.Field.Assignments;
using Egov.Field.Domain;
using Egov.Field.Photos;
using Egov.Field.Sync;
using Egov.Field.Templates;
using Egov.Identity.Contracts;
using Egov.Platform.Audit;
using Egov.Platform.Localization;
using Egov.Platform.Packs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Egov.Field.Pages.Officials;

/// <summary>
/// <c>/officials/field/assignments/{id}</c>: one assignment and its inspection — the building, the checklist, every item
/// with its outcome, who recorded it and when, its photos, the orders, the report's approval document — and the
/// comments on it. The inspectors named on it and its agency's inspection managers see it (AAL2); anyone else gets
/// 404 as for an id that never was, audited. Each reading of the page is audited; its photos are served only through
/// it, under the same check.
/// </summary>
[Authorize(Roles = $"{OfficialRoles.Inspector},{OfficialRoles.InspectionManager}", Policy = AssuranceLevels.Aal2Policy)]
internal sealed class AssignmentModel(
    FieldCallers callers, AssignmentAccess access, AssignmentDetailsQuery details, PhotoUploads photos, IAuditLog audit, CultureFormat format) : PageModel
{
    public AssignmentDetails View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var (caller, _) = await callers.IdentifyAsync(HttpContext);
        if (caller is null)
        {
            return Forbid();
        }

        if (await access.FindAsync(caller, id, HttpContext.RequestAborted) is not { } assignment
            || await details.ForAsync(assignment, HttpContext.RequestAborted) is not { } view)
        {
            return NotFound();
        }

        View = view;
        await audit.AppendAsync(new AuditRecord(caller.Actor, "field.inspection.read", AssignmentAccess.Reference(id)), HttpContext.RequestAborted);
        return Page();
    }

    /// <summary>A photo of the assignment, for those who may see it; the page's reading is the audited one.</summary>
    public async Task<IActionResult> OnGetPhotoAsync(Guid id, Guid photo)
    {
        var (caller, _) = await callers.IdentifyAsync(HttpContext);
        if (caller is null)
        {
            return Forbid();
        }

        if (await access.FindAsync(caller, id, HttpContext.RequestAborted) is null
            || await photos.ReadAsync(id, photo, HttpContext.RequestAborted) is not { } found)
        {
            return NotFound();
        }

        // Only image types are ever accepted (PhotoUploads); nosniff keeps a browser from reading the bytes as anything else.
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = "private, max-age=3600";
        return File(found.Bytes, found.ContentType);
    }

    public static string Language => System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public string TemplateName => Names.In(View.Template.Names, Language, View.Template.Code);

    public string ItemName(string code) => View.Template.Items.FirstOrDefault(i => i.Code == code) is { } item ? Names.In(item.Names, Language, code) : code;

    public string When(DateTime utc) => format.DateTime(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));

    public string Date(DateOnly date) => format.Date(date);

    public static string Reading(decimal value) => value.ToString("0.####", System.Globalization.CultureInfo.CurrentCulture);

    /// <summary>A reading's limits in the page's language.</summary>
    public static string Limits(TemplateItem item) => (item.Min, item.Max) switch
    {
        ({ } min, { } max) => $"{Reading(min)}–{Reading(max)} {item.Unit}",
        ({ } min, null) => $"≥ {Reading(min)} {item.Unit}",
        (null, { } max) => $"≤ {Reading(max)} {item.Unit}",
        _ => "",
    };

    public static string OutcomeKey(ItemOutcome outcome) => $"field.outcome.{ItemOutcomes.Name(outcome)}";
}
