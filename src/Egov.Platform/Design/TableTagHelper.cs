using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Egov.Platform.Design;

/// <summary>
/// <c>&lt;egov-table caption="…"&gt;&lt;thead&gt;…&lt;/thead&gt;&lt;tbody&gt;…&lt;/tbody&gt;&lt;/egov-table&gt;</c>: a KRDS data
/// table. The caption is required because it is how screen-reader users find and identify a table.
/// The wrapper scrolls sideways on narrow screens instead of squeezing the columns.
/// </summary>
[HtmlTargetElement("egov-table")]
public sealed class TableTagHelper : TagHelper
{
    [HtmlAttributeName("caption")]
    public string Caption { get; set; } = "";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "krds-table-wrap");
        output.PreContent.AppendHtml("<table class=\"tbl col data\"><caption>");
        output.PreContent.Append(Caption);
        output.PreContent.AppendHtml("</caption>");
        output.PostContent.AppendHtml("</table>");
    }
}
