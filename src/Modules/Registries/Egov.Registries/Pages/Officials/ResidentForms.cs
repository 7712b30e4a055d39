using System.ComponentModel.DataAnnotations;
using Egov.Platform.Packs;

namespace Egov.Registries.Pages.Officials;

// One form per life event on the resident's page. Each handler checks its own form's fields (no [Required]:
// the page binds all of them on every post, and an empty form that was not sent must not fail).

/// <summary>A child born to the resident, who joins their household; the other parent by number, when registered.</summary>
internal sealed class BirthForm
{
    [Display(Name = "registries.officials.birth.name")]
    public string? Name { get; set; }

    [Display(Name = "registries.officials.birth.latin", Description = "registries.officials.birth.latinHint")]
    public string? LatinName { get; set; }

    [Display(Name = "registries.officials.birth.date")]
    public DateOnly? BornOn { get; set; }

    public Sex? Sex { get; set; }

    [Display(Name = "registries.officials.birth.otherParent", Description = "registries.officials.birth.otherParentHint")]
    public string? OtherParentNumber { get; set; }
}

internal sealed class DeathForm
{
    [Display(Name = "registries.officials.death.date")]
    public DateOnly? DiedOn { get; set; }
}

internal sealed class MoveForm
{
    [Display(Name = "registries.officials.move.region")]
    public string? RegionCode { get; set; }

    [Display(Name = "registries.officials.move.road", Description = "registries.officials.move.roadHint")]
    public string? Road { get; set; }

    [Display(Name = "registries.officials.move.building")]
    public string? Building { get; set; }

    [Display(Name = "registries.officials.move.detail", Description = "registries.officials.move.detailHint")]
    public string? Detail { get; set; }

    [Display(Name = "registries.officials.move.date")]
    public DateOnly? MovedInOn { get; set; }
}

internal sealed class MarriageForm
{
    [Display(Name = "registries.officials.marriage.spouseNumber", Description = "registries.officials.marriage.spouseNumberHint")]
    public string? SpouseNumber { get; set; }

    [Display(Name = "registries.officials.marriage.date")]
    public DateOnly? MarriedOn { get; set; }
}

internal sealed class DivorceForm
{
    [Display(Name = "registries.officials.divorce.date")]
    public DateOnly? DivorcedOn { get; set; }
}

internal sealed class NameForm
{
    [Display(Name = "registries.officials.name.name")]
    public string? Name { get; set; }

    [Display(Name = "registries.officials.name.latin", Description = "registries.officials.name.latinHint")]
    public string? LatinName { get; set; }

    [Display(Name = "registries.officials.name.date")]
    public DateOnly? ChangedOn { get; set; }
}

internal sealed class CorrectionForm
{
    [Display(Name = "registries.officials.correct.name")]
    public string? Name { get; set; }

    [Display(Name = "registries.officials.correct.latin", Description = "registries.officials.correct.hint")]
    public string? LatinName { get; set; }
}
