using Egov.Identity.Contracts;
using Egov.Org.Administration;
using Egov.Org.Data;
using Egov.Org.Directory;
using Egov.Org.Domain;
using Egov.Platform.Packs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Egov.Org.Pages.Officials;

/// <summary>
/// <c>/officials/org/departments/{id}</c>: a department, its head and members, the departments under it; for the
/// agency's org-admin, forms to rename it, move it, add a department under it and appoint an official to it.
/// </summary>
internal sealed class DepartmentModel(
    OrgDbContext db, OrgCharts charts, DepartmentChanges departments, OfficialChanges officials, IActingAudit audit, CountryPack pack,
    IStringLocalizer texts, TimeProvider time) : OrgPage(db, audit, pack)
{
    public OrgChart Chart { get; private set; } = null!;

    public Department Department { get; private set; } = null!;

    [BindProperty]
    public NamesForm Rename { get; set; } = new();

    [BindProperty]
    public MoveForm Move { get; set; } = new();

    [BindProperty]
    public AddDepartmentForm Add { get; set; } = new();

    [BindProperty]
    public AppointForm Appoint { get; set; } = new();

    /// <summary>The form to show open (the one just refused).</summary>
    public string? Open { get; private set; }

    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Rename.Names = Department.Names.ToDictionary(n => n.Key, n => (string?)n.Value);
        Move.Parent = Department.ParentId ?? Guid.Empty;
        return Page();
    }

    public Task<IActionResult> OnPostRenameAsync(Guid id) =>
        ChangeAsync(id, "Rename", "org.department.rename", d => departments.RenameAsync(d, Rename.Names, HttpContext.RequestAborted));

    public Task<IActionResult> OnPostMoveAsync(Guid id) =>
        ChangeAsync(id, "Move", "org.department.move", d => departments.MoveAsync(d, Move.Parent, HttpContext.RequestAborted));

    public Task<IActionResult> OnPostAddAsync(Guid id) =>
        ChangeAsync(id, "Add", "org.department.add", d => departments.AddAsync(Me.AgencyCode, d.Id, Add.Code, Add.Names, Add.HeadPost, HttpContext.RequestAborted));

    public Task<IActionResult> OnPostAppointAsync(Guid id) =>
        ChangeAsync(id, "Appoint", "org.official.appoint", d => officials.AppointAsync(
            Me.AgencyCode, Appoint.EmployeeNumber, Appoint.Name, d.Id, Appoint.Post, Appoint.Grade, Appoint.On ?? Today(time), Recorder, HttpContext.RequestAborted));

    private async Task<IActionResult> ChangeAsync(Guid id, string form, string action, Func<Department, Task<OrgChange>> change)
    {
        if (await OurDepartmentAsync(id) is not { } department)
        {
            return await NotOursAsync($"department:{id}");
        }

        if (!IsAdmin)
        {
            return await RefusedAsync($"department:{id}");
        }

        var result = await change(department);
        if (result.Succeeded)
        {
            await Audit.RecordAsync(action, form == "Appoint" ? $"official:{Appoint.EmployeeNumber?.Trim()}" : $"department:{result.Id}", HttpContext.RequestAborted);
            Done = texts[$"{action}.done"];
            return RedirectToPage(new { id = form == "Add" ? result.Id : id });
        }

        Db.ChangeTracker.Clear();
        ModelState.AddModelError(FieldName(form, result.Field!), texts[result.ErrorKey!]);
        Open = form;
        await LoadAsync(id);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        if (await OurDepartmentAsync(id) is not { } department)
        {
            return false;
        }

        Department = department;
        Chart = await charts.AgencyAsync(Me.AgencyCode, Today(time), HttpContext.RequestAborted);
        return true;
    }
}
