using Egov.Identity.Contracts;
using Egov.Org.Administration;
using Egov.Org.Data;
using Egov.Org.Directory;
using Egov.Org.Domain;
using Egov.Platform.Packs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Egov.Org.Pages.Officials;

/// <summary>
/// <c>/officials/org/officials/{employeeNumber}</c>: an official's record, leaves and history (read audited); for the
/// agency's org-admin, forms to transfer them, record a leave with a deputy, end a leave and record their departure.
/// </summary>
internal sealed class OfficialModel(
    OrgDbContext db, OrgCharts charts, OfficialChanges officials, LeaveChanges leaves, IActingAudit audit, CountryPack pack,
    IStringLocalizer texts, TimeProvider time) : OrgPage(db, audit, pack)
{
    public OrgChart Chart { get; private set; } = null!;

    public Official Official { get; private set; } = null!;

    public IReadOnlyList<OfficialEvent> History { get; private set; } = [];

    [BindProperty]
    public TransferForm Transfer { get; set; } = new();

    [BindProperty]
    public LeaveForm Leave { get; set; } = new();

    [BindProperty]
    public DepartForm Depart { get; set; } = new();

    public string? Open { get; private set; }

    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(string employeeNumber)
    {
        if (!await LoadAsync(employeeNumber))
        {
            return NotFound();
        }

        Transfer = new TransferForm { Department = Official.DepartmentId, Post = Official.PostCode, Grade = Official.GradeCode };
        await Audit.RecordAsync("org.official.view", $"official:{employeeNumber}", HttpContext.RequestAborted);
        return Page();
    }

    public Task<IActionResult> OnPostTransferAsync(string employeeNumber) =>
        ChangeAsync(employeeNumber, "Transfer", "org.official.transfer", o => officials.TransferAsync(
            o, Transfer.Department, Transfer.Post, Transfer.Grade, Transfer.On ?? Today(time), Recorder, HttpContext.RequestAborted));

    public Task<IActionResult> OnPostLeaveAsync(string employeeNumber) =>
        ChangeAsync(employeeNumber, "Leave", "org.leave.record", o => leaves.RecordAsync(o, Leave.From, Leave.To, Leave.Deputy, Recorder, HttpContext.RequestAborted));

    public Task<IActionResult> OnPostEndLeaveAsync(string employeeNumber, Guid leaveId) =>
        ChangeAsync(employeeNumber, "EndLeave", "org.leave.end", o => leaves.EndAsync(o, leaveId, Recorder, HttpContext.RequestAborted));

    public Task<IActionResult> OnPostDepartAsync(string employeeNumber) =>
        ChangeAsync(employeeNumber, "Depart", "org.official.depart", o => officials.DepartAsync(o, Depart.On ?? Today(time), Recorder, HttpContext.RequestAborted));

    private async Task<IActionResult> ChangeAsync(string employeeNumber, string form, string action, Func<Official, Task<OrgChange>> change)
    {
        if (await OurOfficialAsync(employeeNumber) is not { } official)
        {
            return await NotOursAsync($"official:{employeeNumber}");
        }

        if (!IsAdmin)
        {
            return await RefusedAsync($"official:{employeeNumber}");
        }

        var result = await change(official);
        if (result.Succeeded)
        {
            await Audit.RecordAsync(action, $"official:{employeeNumber}", HttpContext.RequestAborted);
            Done = texts[$"{action}.done"];
            return RedirectToPage(new { employeeNumber });
        }

        Db.ChangeTracker.Clear();
        ModelState.AddModelError(FieldName(form, result.Field!), texts[result.ErrorKey!]);
        Open = form;
        await LoadAsync(employeeNumber);
        return Page();
    }

    private async Task<bool> LoadAsync(string employeeNumber)
    {
        if (await OurOfficialAsync(employeeNumber) is not { } official)
        {
            return false;
        }

        Official = official;
        Chart = await charts.AgencyAsync(Me.AgencyCode, Today(time), HttpContext.RequestAborted);
        History = await Db.History.AsNoTracking().Where(e => e.OfficialId == official.Id).ToListAsync(HttpContext.RequestAborted);
        History = [.. History.OrderByDescending(e => e.On).ThenByDescending(e => e.RecordedAt)];
        return true;
    }
}
