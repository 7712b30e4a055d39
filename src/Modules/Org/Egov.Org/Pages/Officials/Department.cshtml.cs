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
    IStringLocalizer texts, TimeProvider time) : OrgPage(db, audit, pack, time, texts)
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
        ChangeAsync(id, "Add", "org.department.add", d => departments.AddAsync(Me.AgencyCode, d.Id, Add.Code, Add.Names, Add.HeadPost, HttpContext.RequestAborted),
            audited: r => $"department:{r.Id}", next: r => new { id = r.Id });

    public Task<IActionResult> OnPostAppointAsync(Guid id) =>
        ChangeAsync(id, "Appoint", "org.official.appoint", d => officials.AppointAsync(
            Me.AgencyCode, Appoint.EmployeeNumber, Appoint.Name, d.Id, Appoint.Post, Appoint.Grade, Appoint.On ?? Today, Recorder, HttpContext.RequestAborted),
            audited: _ => $"official:{Appoint.EmployeeNumber?.Trim()}");

    private async Task<IActionResult> ChangeAsync(
        Guid id, string form, string action, Func<Department, Task<OrgChange>> change,
        Func<OrgChange, string>? audited = null, Func<OrgChange, object?>? next = null)
    {
        if (await OurDepartmentAsync(id) is not { } department)
        {
            return await NotOursAsync($"department:{id}");
        }

        return await ApplyAsync(
            new OrgEdit(form, action, $"department:{id}") { Audited = audited, Next = next ?? (_ => new { id }) },
            () => change(department),
            () => LoadAsync(id));
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        if (await OurDepartmentAsync(id) is not { } department)
        {
            return false;
        }

        Department = department;
        Chart = await charts.AgencyAsync(Me.AgencyCode, Today, HttpContext.RequestAborted);
        return true;
    }
}
