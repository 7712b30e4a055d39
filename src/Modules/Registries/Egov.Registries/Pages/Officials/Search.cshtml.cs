using System.ComponentModel.DataAnnotations;
using Egov.Identity.Contracts;
using Egov.Registries.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Egov.Registries.Pages.Officials;

/// <summary>
/// <c>/officials/registries</c>: an official finds a resident by resident number. The number is posted, never put
/// in an address (addresses end up in logs and browser histories); the record opens under the register id.
/// </summary>
internal sealed class SearchModel(ResidentRecords records, IActingContext acting, IStringLocalizer texts) : OfficialPage(acting)
{
    [BindProperty]
    public SearchForm Form { get; set; } = new();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await records.FindByNumberAsync(Form.ResidentNumber!, ActorReference, HttpContext.RequestAborted) is not { } id)
        {
            ModelState.AddModelError($"{nameof(Form)}.{nameof(SearchForm.ResidentNumber)}", texts["registries.officials.search.notFound"]);
            return Page();
        }

        return RedirectToPage("/Officials/Resident", new { id });
    }
}

internal sealed class SearchForm
{
    [Display(Name = "registries.officials.search.number", Description = "registries.officials.search.numberHint")]
    [Required(ErrorMessage = "registries.officials.search.required")]
    [StringLength(32, ErrorMessage = "registries.officials.search.notFound")]
    public string? ResidentNumber { get; set; }
}
