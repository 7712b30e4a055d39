using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Egov.Platform.Design;

/// <summary>
/// <c>&lt;egov-error-summary /&gt;</c>: when ModelState holds errors, lists them at the top of the form with
/// links to the fields, so a screen-reader or keyboard user learns what to fix and gets there in one step.
/// Renders nothing while the form is valid.
/// </summary>
[HtmlTargetElement("egov-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ErrorSummaryTagHelper(IStringLocalizer texts) : TagHelper
{
    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var errors = ViewContext.ViewData.ModelState
            .Where(entry => entry.Value is { Errors.Count: > 0 })
            .Select(entry => (Id: FieldParts.IdFor(entry.Key), Message: entry.Value!.Errors[0].ErrorMessage))
            .ToList();
        if (errors.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "egov-error-summary");
        output.Attributes.SetAttribute("role", "alert");
        output.Attributes.SetAttribute("tabindex", "-1");

        var title = new TagBuilder("h2");
        title.AddCssClass("egov-error-summary__title");
        title.InnerHtml.Append(texts["components.errorSummary.title"]);
        var list = new TagBuilder("ul");
        list.AddCssClass("egov-error-summary__list");
        foreach (var (id, message) in errors)
        {
            var link = new TagBuilder("a");
            link.MergeAttribute("href", "#" + id);
            link.InnerHtml.Append(message);
            var item = new TagBuilder("li");
            item.InnerHtml.AppendHtml(link);
            list.InnerHtml.AppendHtml(item);
        }

        output.Content.AppendHtml(title);
        output.Content.AppendHtml(list);
    }
}
