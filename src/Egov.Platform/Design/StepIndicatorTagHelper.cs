using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Egov.Platform.Design;

/// <summary>
/// <c>&lt;egov-steps steps="@labels" current="2" /&gt;</c>: the KRDS step indicator of a multi-page form.
/// Steps before <see cref="Current"/> (1-based) are done; the current one is announced to screen readers.
/// </summary>
[HtmlTargetElement("egov-steps", TagStructure = TagStructure.WithoutEndTag)]
public sealed class StepIndicatorTagHelper(IStringLocalizer texts) : TagHelper
{
    public IReadOnlyList<string> Steps { get; set; } = [];

    public int Current { get; set; } = 1;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.TagName = "ol";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "krds-step-wrap");
        for (var i = 0; i < Steps.Count; i++)
        {
            var number = i + 1;
            var item = new TagBuilder("li");
            var inner = new TagBuilder("span");
            if (number < Current)
            {
                item.AddCssClass("done");
            }
            else if (number == Current)
            {
                item.AddCssClass("active");
                item.MergeAttribute("aria-current", "step");
                inner.InnerHtml.AppendHtml($"<em class=\"sr-only\">{Encode(texts["components.steps.current"])}</em>");
            }

            inner.InnerHtml.AppendHtml($"<i class=\"step\">{Encode(texts["components.steps.step", number.ToString(CultureInfo.CurrentCulture)])}</i>");
            inner.InnerHtml.AppendHtml($"<span class=\"step-tit\">{Encode(Steps[i])}</span>");
            item.InnerHtml.AppendHtml(inner);
            output.Content.AppendHtml(item);
        }
    }

    private static string Encode(string text) => System.Net.WebUtility.HtmlEncode(text);
}
