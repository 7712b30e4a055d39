using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Egov.Platform.Pages.Design;

/// <summary>
/// <c>/design</c>: every component of the design system with its variants, in the reader's language.
/// Its sample form really validates, so the error states shown are the ones users will see.
/// </summary>
public sealed class IndexModel(IStringLocalizer texts) : PageModel
{
    [BindProperty]
    public DesignSampleForm Sample { get; set; } = new();

    /// <summary>A second copy of the form, always shown in its error state.</summary>
    public DesignSampleForm Invalid { get; } = new() { Email = "hong@" };

    public void OnGet() => ShowErrorExample();

    public void OnPost()
    {
        ShowErrorExample();
        if (ModelState.IsValid)
        {
            Submitted = true;
        }
    }

    public bool Submitted { get; private set; }

    private void ShowErrorExample() =>
        ModelState.AddModelError($"{nameof(Invalid)}.{nameof(DesignSampleForm.Email)}", texts["validation.email", texts["design.sample.email"].Value]);
}

/// <summary>The sample form of the design page.</summary>
public sealed class DesignSampleForm
{
    [Display(Name = "design.sample.name", Description = "design.sample.nameHint")]
    [Required(ErrorMessage = "validation.required")]
    [StringLength(50, ErrorMessage = "validation.maxLength")]
    public string? Name { get; set; }

    [Display(Name = "design.sample.email")]
    [EmailAddress(ErrorMessage = "validation.email")]
    public string? Email { get; set; }

    [Display(Name = "design.sample.birthDate", Description = "design.sample.birthDateHint")]
    public DateOnly? BirthDate { get; set; }

    [Display(Name = "design.sample.attachment", Description = "design.sample.attachmentHint")]
    public IFormFile? Attachment { get; set; }
}
