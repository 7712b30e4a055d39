using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Egov.Platform.Design;

/// <summary>
/// <c>&lt;egov-empty-state heading="…"&gt;…&lt;/egov-empty-state&gt;</c>: what a list shows when it has nothing
/// yet: says so plainly and, in the content, what the person can do next.
/// </summary>
[HtmlTargetElement("egov-empty-state")]
public sealed class EmptyStateTagHelper : TagHelper
{
    public string Heading { get; set; } = "";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "egov-empty-state");
        var title = new TagBuilder("p");
        title.AddCssClass("egov-empty-state__title");
        title.InnerHtml.Append(Heading);
        output.PreContent.AppendHtml(title);
        output.PreContent.AppendHtml("<div class=\"egov-empty-state__body\">");
        output.PostContent.AppendHtml("</div>");
    }
}
