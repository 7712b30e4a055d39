using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
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

    /// <summary>
    /// The error-state example: its own model state, so it shows an error summary and an invalid field
    /// without making the real sample form invalid.
    /// </summary>
    public ViewDataDictionary<DesignSampleForm> ErrorExample { get; private set; } = null!;

    public bool Submitted { get; private set; }

    public void OnGet() => ErrorExample = BuildErrorExample();

    public void OnPost()
    {
        Submitted = ModelState.IsValid;
        ErrorExample = BuildErrorExample();
    }

    private ViewDataDictionary<DesignSampleForm> BuildErrorExample()
    {
        const string prefix = "Example";
        var state = new ModelStateDictionary();
        state.AddModelError($"{prefix}.{nameof(DesignSampleForm.Email)}", texts["validation.email", texts["design.sample.email"].Value]);
        var viewData = new ViewDataDictionary<DesignSampleForm>(MetadataProvider, state) { Model = new DesignSampleForm { Email = "hong@" } };
        viewData.TemplateInfo.HtmlFieldPrefix = prefix;
        return viewData;
    }
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
