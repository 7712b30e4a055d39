using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Egov.Platform.Design;

/// <summary>
/// <c>&lt;egov-field for="Email" type="email" /&gt;</c>: a KRDS form group with label, hint and inline error,
/// bound to the model and its ModelState. <c>type="date"</c> is the date input: the browser's own date control,
/// which works without JavaScript, is keyboard- and screen-reader-accessible and follows the reader's language.
/// </summary>
[HtmlTargetElement("egov-field", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldTagHelper(IHtmlGenerator generator) : TagHelper
{
    public ModelExpression For { get; set; } = null!;

    /// <summary>Input type: text, email, tel, number, date, password…</summary>
    public string Type { get; set; } = "text";

    /// <summary>Help text; defaults to the model's <c>[Display(Description)]</c>.</summary>
    public string? Hint { get; set; }

    /// <summary>The autocomplete token (name, email, tel, bday…), which lets browsers fill in known data.</summary>
    public string? Autocomplete { get; set; }

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var parts = FieldParts.From(ViewContext, For, Hint);
        var format = Type == "date" ? "{0:yyyy-MM-dd}" : null;
        var input = generator.GenerateTextBox(ViewContext, For.ModelExplorer, For.Name, For.Model, format, new { type = Type, @class = "krds-input" });
        if (Autocomplete is not null)
        {
            input.MergeAttribute("autocomplete", Autocomplete, replaceExisting: true);
        }

        FieldMarkup.Describe(input, parts);
        FieldMarkup.WriteGroup(output, parts, input, "form-group");
    }
}
