using Egov.Identity.Contracts;
using Egov.Registries.LifeEvents;
using Egov.Registries.Queries;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Localization;

namespace Egov.Registries.Pages.Officials;

/// <summary>
/// <c>/officials/registries/residents/{id}</c>: one resident's record for an official (audited for each person
/// shown), and for registrars the forms that record a child's birth, a death, a move, a marriage, a divorce or a
/// new name. A refused change says which rule it breaks beside the field and writes nothing; a recorded one
/// shows the record it concerns (a birth: the child's new record).
/// </summary>
internal sealed class ResidentModel(
    ResidentRecords records, RegisterChanges changes, BirthRegistration births, IActingContext acting, IStringLocalizer texts)
    : OfficialPage(acting)
{
    [BindProperty]
    public BirthForm Birth { get; set; } = new();

    [BindProperty]
    public DeathForm Death { get; set; } = new();

    [BindProperty]
    public MoveForm Move { get; set; } = new();

    [BindProperty]
    public MarriageForm Marriage { get; set; } = new();

    [BindProperty]
    public DivorceForm Divorce { get; set; } = new();

    [BindProperty]
    public NameForm Rename { get; set; } = new();

    [BindProperty]
    public CorrectionForm Correct { get; set; } = new();

    public ResidentRecord Record { get; private set; } = null!;

    /// <summary>What a child of this resident is to the head of their household.</summary>
    public string ChildRelation => BirthRules.RelationInHousehold(Record.Resident.RelationToHead);

    /// <summary>What the last post recorded, shown once after the redirect.</summary>
    [TempData]
    public string? Done { get; set; }

    /// <summary>The form that failed, opened again so its messages show.</summary>
    public string? Open { get; private set; }

    /// <summary>Every post of this page records a change: only a registrar may, refused before anything is looked up.</summary>
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (HttpMethods.IsPost(context.HttpContext.Request.Method) && !IsRegistrar)
        {
            context.Result = StatusCode(StatusCodes.Status403Forbidden);
            return;
        }

        await next();
    }

    public async Task<IActionResult> OnGetAsync(Guid id) => await ShowAsync(id);

    public async Task<IActionResult> OnPostBirthAsync(Guid id)
    {
        var name = Required(Birth.Name, "Birth.Name");
        var bornOn = Required(Birth.BornOn, "Birth.BornOn");
        var sex = Required(Birth.Sex, "Birth.Sex");
        Guid? otherParent = null;
        if (ModelState.IsValid && !string.IsNullOrWhiteSpace(Birth.OtherParentNumber))
        {
            otherParent = await records.FindByNumberAsync(Birth.OtherParentNumber, ActorReference, HttpContext.RequestAborted);
            if (otherParent is null)
            {
                ModelState.AddModelError("Birth.OtherParentNumber", texts["registries.rule.unknownResident"]);
            }
        }

        return await RecordAsync(id, nameof(Birth), () => name is null || bornOn is null || sex is null
            ? null
            : births.RecordAsync(new BirthReport(id, otherParent, name, Birth.LatinName, bornOn.Value, sex.Value), ActorReference, HttpContext.RequestAborted));
    }

    public Task<IActionResult> OnPostDeathAsync(Guid id) => RecordAsync(id, nameof(Death), () =>
        Required(Death.DiedOn, "Death.DiedOn") is { } diedOn
            ? changes.DeathAsync(id, diedOn, ActorReference, HttpContext.RequestAborted)
            : null);

    public async Task<IActionResult> OnPostMoveAsync(Guid id)
    {
        var region = Required(Move.RegionCode, "Move.RegionCode");
        var road = Required(Move.Road, "Move.Road");
        var building = Required(Move.Building, "Move.Building");
        var movedInOn = Required(Move.MovedInOn, "Move.MovedInOn");
        var address = ModelState.IsValid ? await records.FindAddressAsync(region!, road!, building!, Move.Detail, HttpContext.RequestAborted) : null;
        if (ModelState.IsValid && address is null)
        {
            ModelState.AddModelError("Move.Road", texts["registries.rule.unknownAddress"]);
        }

        return await RecordAsync(id, nameof(Move), () => address is null
            ? null
            : changes.MoveInAsync(id, address.Id, movedInOn!.Value, "other", ActorReference, HttpContext.RequestAborted));
    }

    public async Task<IActionResult> OnPostMarriageAsync(Guid id)
    {
        var number = Required(Marriage.SpouseNumber, "Marriage.SpouseNumber");
        var marriedOn = Required(Marriage.MarriedOn, "Marriage.MarriedOn");
        var spouse = ModelState.IsValid ? await records.FindByNumberAsync(number!, ActorReference, HttpContext.RequestAborted) : null;
        if (ModelState.IsValid && spouse is null)
        {
            ModelState.AddModelError("Marriage.SpouseNumber", texts["registries.rule.unknownResident"]);
        }

        return await RecordAsync(id, nameof(Marriage), () => spouse is not { } spouseId
            ? null
            : changes.MarriageAsync(id, spouseId, marriedOn!.Value, ActorReference, HttpContext.RequestAborted));
    }

    public Task<IActionResult> OnPostDivorceAsync(Guid id, Guid spouseId) => RecordAsync(id, nameof(Divorce), () =>
        Required(Divorce.DivorcedOn, "Divorce.DivorcedOn") is { } divorcedOn
            ? changes.DivorceAsync(id, spouseId, divorcedOn, ActorReference, HttpContext.RequestAborted)
            : null);

    public Task<IActionResult> OnPostRenameAsync(Guid id)
    {
        var name = Required(Rename.Name, "Rename.Name");
        var changedOn = Required(Rename.ChangedOn, "Rename.ChangedOn");
        return RecordAsync(id, nameof(Rename), () => name is null || changedOn is null
            ? null
            : changes.NameChangeAsync(id, name, Rename.LatinName, changedOn.Value, ActorReference, HttpContext.RequestAborted));
    }

    public Task<IActionResult> OnPostCorrectAsync(Guid id) => RecordAsync(id, nameof(Correct), () =>
        changes.CorrectionAsync(id, Correct.Name, Correct.LatinName, ActorReference, HttpContext.RequestAborted));

    private async Task<IActionResult> ShowAsync(Guid id)
    {
        if (await records.LoadAsync(id, ActorReference, HttpContext.RequestAborted) is not { } record)
        {
            return NotFound();
        }

        Record = record;
        return Page();
    }

    /// <summary>Records what <paramref name="record"/> starts (null when the form itself was incomplete); on refusal, the page again with the reasons.</summary>
    private async Task<IActionResult> RecordAsync(Guid id, string form, Func<Task<RecordResult>?> record)
    {
        var started = ModelState.IsValid ? record() : null;
        var result = started is null ? null : await started;
        if (result is { Succeeded: true })
        {
            Done = texts[$"registries.officials.{form.ToLowerInvariant()}.done"];
            return RedirectToPage(new { id = result.ResidentId ?? id });
        }

        foreach (var violation in result?.Violations ?? [])
        {
            ModelState.AddModelError($"{form}.{FieldOf(form, violation.Field)}", texts[violation.TextKey]);
        }

        Open = form;
        return await ShowAsync(id);
    }

    /// <summary>The form field a rule concerns: the person's own id has no field, so it lands on the form's first one.</summary>
    private static string FieldOf(string form, string field) => (form, field) switch
    {
        (nameof(Birth), "OtherParentId") => nameof(BirthForm.OtherParentNumber),
        (nameof(Marriage), "SpouseId") => nameof(MarriageForm.SpouseNumber),
        (nameof(Move), "AddressId") => nameof(MoveForm.Road),
        (_, "ResidentId") or (_, "SpouseId") => form switch
        {
            nameof(Death) => nameof(DeathForm.DiedOn),
            nameof(Move) => nameof(MoveForm.MovedInOn),
            nameof(Marriage) => nameof(MarriageForm.SpouseNumber),
            nameof(Divorce) => nameof(DivorceForm.DivorcedOn),
            _ => nameof(NameForm.Name),
        },
        _ => field,
    };

    private T? Required<T>(T? value, string field)
        where T : struct
    {
        if (value is null)
        {
            ModelState.AddModelError(field, texts["registries.officials.required"]);
        }

        return value;
    }

    private string? Required(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            ModelState.AddModelError(field, texts["registries.officials.required"]);
            return null;
        }

        return value.Trim();
    }
}
