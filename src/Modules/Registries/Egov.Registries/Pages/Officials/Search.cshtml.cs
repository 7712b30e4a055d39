using System.ComponentModel.DataAnnotations;
using Egov.Identity.Contracts;
using Egov.Registries.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Egov.Registries.Pages.Officials;

/// <summary>
/// <c>/officials/registries</c>: an official finds a resident by resident number, or lists those registered
/// under a name and birth date. What is typed is posted, never put in an address (addresses end up in logs and
/// browser histories); a record opens under the register id. Each form is bound by its own handler only, so
/// the other's required fields do not fail.
/// </summary>
internal sealed class SearchModel(ResidentRecords records, IActingContext acting, IStringLocalizer texts) : OfficialPage(acting)
{
    public SearchForm Form { get; private set; } = new();

    public NameSearchForm ByName { get; private set; } = new();

    /// <summary>The residents a name search found (null before one).</summary>
    public ResidentMatches? Matches { get; private set; }

    public async Task<IActionResult> OnPostAsync([Bind(Prefix = nameof(Form))] SearchForm form)
    {
        Form = form;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await records.FindByNumberAsync(form.ResidentNumber!, ActorReference, HttpContext.RequestAborted) is not { } id)
        {
            ModelState.AddModelError($"{nameof(Form)}.{nameof(SearchForm.ResidentNumber)}", texts["registries.officials.search.notFound"]);
            return Page();
        }

        return RedirectToPage("/Officials/Resident", new { id });
    }

    public async Task<IActionResult> OnPostByNameAsync([Bind(Prefix = nameof(ByName))] NameSearchForm byName)
    {
        ByName = byName;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        Matches = await records.FindByNameAndBirthDateAsync(byName.Name!, byName.BirthDate!.Value, ActorReference, HttpContext.RequestAborted);
        if (Matches.Found.Count == 0)
        {
            ModelState.AddModelError($"{nameof(ByName)}.{nameof(NameSearchForm.Name)}", texts["registries.officials.search.noMatch"]);
        }

        return Page();
    }
}

internal sealed class SearchForm
{
    [Display(Name = "registries.officials.search.number", Description = "registries.officials.search.numberHint")]
    [Required(ErrorMessage = "registries.officials.search.required")]
    [StringLength(32, ErrorMessage = "registries.officials.search.notFound")]
    public string? ResidentNumber { get; set; }
}

internal sealed class NameSearchForm
{
    [Display(Name = "registries.officials.search.name", Description = "registries.officials.search.nameHint")]
    [Required(ErrorMessage = "registries.officials.search.nameRequired")]
    [StringLength(200, ErrorMessage = "registries.officials.search.noMatch")]
    public string? Name { get; set; }

    [Display(Name = "registries.officials.search.birthDate")]
    [Required(ErrorMessage = "registries.officials.search.birthDateRequired")]
    public DateOnly? BirthDate { get; set; }
}
