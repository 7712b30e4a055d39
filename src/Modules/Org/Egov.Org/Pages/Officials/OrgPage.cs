using System.Globalization;
using Egov.Identity.Contracts;
using Egov.Org.Data;
using Egov.Org.Domain;
using Egov.Platform.Packs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Egov.Org.Pages.Officials;

/// <summary>
/// Base of the organisation pages: officials at AAL2 (the pages show colleagues' leave and history), each seeing only
/// their own agency, found through their Org record (the account's user name is the employee number). An official
/// without a record gets 403. Changes need <see cref="OfficialRoles.OrgAdmin"/>: an admin of the same agency; another
/// agency's department or official does not exist for the caller (404), and every refused change is audited.
/// </summary>
[Authorize(Roles = OfficialRoles.Official, Policy = AssuranceLevels.Aal2Policy)]
internal abstract class OrgPage(OrgDbContext db, IActingAudit audit, CountryPack pack) : PageModel
{
    /// <summary>The signed-in official's record.</summary>
    public Official Me { get; private set; } = null!;

    /// <summary>True when the signed-in official may change their agency's organisation.</summary>
    public bool IsAdmin => User.IsInRole(OfficialRoles.OrgAdmin);

    /// <summary>What a change is recorded as made by, in the history and the audit.</summary>
    protected string Recorder => $"official:{Me.EmployeeNumber}";

    protected OrgDbContext Db => db;

    protected IActingAudit Audit => audit;

    public CountryPack Pack => pack;

    protected DateOnly Today(TimeProvider time) => pack.Today(time);

    public string PostName(string code) => pack.Org.FindPost(code)?.NameIn(CultureInfo.CurrentUICulture) ?? code;

    public string GradeName(string code) => pack.Org.FindGrade(code)?.NameIn(CultureInfo.CurrentUICulture) ?? code;

    /// <summary>The pack's posts, most authority first, as select options.</summary>
    public IReadOnlyList<(string Value, string Text)> PostOptions =>
        [.. pack.Org.Posts.OrderBy(p => p.Rank).Select(p => (p.Code, p.NameIn(CultureInfo.CurrentUICulture)))];

    public IReadOnlyList<(string Value, string Text)> GradeOptions =>
        [.. pack.Org.Grades.Select(g => (g.Code, g.NameIn(CultureInfo.CurrentUICulture)))];

    /// <summary>The departments of a chart in tree order, indented by depth, as select options.</summary>
    public static IReadOnlyList<(string Value, string Text)> DepartmentOptions(OrgChart chart, Guid? except = null)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return [.. chart.TreeOrder().Where(d => d.Id != except)
            .Select(d => (d.Id.ToString(), new string('\u00a0', 2 * (chart.UpFrom(d).Count() - 1)) + NameOf(d)))];
    }

    /// <summary>One text field per pack language for a language map of a form (<c>Add.Names</c>).</summary>
    public IEnumerable<OrgField> LanguageFields(string prefix, string labelKey, IReadOnlyDictionary<string, string?> values, Microsoft.Extensions.Localization.IStringLocalizer texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return pack.Languages.Select(l => new OrgField(
            $"{prefix}[{l}]", texts[labelKey, CultureInfo.GetCultureInfo(l).NativeName], values.GetValueOrDefault(l)));
    }

    public static string NameOf(Department department) => LocalText(department.Names, department.Code);

    /// <summary>The text in the reader's language, else the first one given, else <paramref name="fallback"/>.</summary>
    public static string LocalText(IReadOnlyDictionary<string, string> texts, string fallback) =>
        texts.TryGetValue(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, out var text) ? text : texts.Values.FirstOrDefault() ?? fallback;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var me = await db.Officials.AsNoTracking().FirstOrDefaultAsync(o => o.EmployeeNumber == User.Identity!.Name && o.DepartedOn == null, HttpContext.RequestAborted);
        if (me is null)
        {
            context.Result = StatusCode(StatusCodes.Status403Forbidden);
            return;
        }

        Me = me;
        await next();
    }

    /// <summary>The posted name of a refused change's field: a language map's error goes on its first language's input.</summary>
    protected string FieldName(string form, string field) =>
        field is "Names" or "Subject" ? $"{form}.{field}[{pack.DefaultLanguage}]" : $"{form}.{field}";

    /// <summary>A change refused for want of the role (403), audited; the object is the caller's own agency's.</summary>
    protected async Task<IActionResult> RefusedAsync(string target)
    {
        await audit.RecordAsync("org.change.refused", target, HttpContext.RequestAborted);
        return StatusCode(StatusCodes.Status403Forbidden);
    }

    /// <summary>
    /// The object asked about is not in the caller's agency (or does not exist): 404 either way, so nobody learns
    /// another agency's ids; a change attempted on it is audited.
    /// </summary>
    protected async Task<IActionResult> NotOursAsync(string target)
    {
        if (HttpMethods.IsPost(Request.Method))
        {
            await audit.RecordAsync("org.change.refused", target, HttpContext.RequestAborted);
        }

        return NotFound();
    }

    /// <summary>The department, only when it is the caller's agency's.</summary>
    protected Task<Department?> OurDepartmentAsync(Guid id) =>
        db.Departments.FirstOrDefaultAsync(d => d.Id == id && d.AgencyCode == Me.AgencyCode, HttpContext.RequestAborted);

    /// <summary>The official, only when they are (or were) of the caller's agency.</summary>
    protected Task<Official?> OurOfficialAsync(string employeeNumber) =>
        db.Officials.FirstOrDefaultAsync(o => o.EmployeeNumber == employeeNumber && o.AgencyCode == Me.AgencyCode, HttpContext.RequestAborted);
}
