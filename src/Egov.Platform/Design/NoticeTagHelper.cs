using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Egov.Platform.Design;

/// <summary>
/// <c>&lt;egov-notice tone="Warning" heading="…"&gt;…&lt;/egov-notice&gt;</c>: a calm in-page notice (what to
/// prepare, a deadline, a result). For urgent public messages use <see cref="CriticalAlertTagHelper"/>.
/// </summary>
[HtmlTargetElement("egov-notice")]
public sealed class NoticeTagHelper : TagHelper
{
    public Tone Tone { get; set; } = Tone.Information;

    public string? Heading { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", $"egov-notice egov-notice--{Tone.ToString().ToLowerInvariant()}");
        if (Heading is not null)
        {
            var title = new TagBuilder("p");
            title.AddCssClass("egov-notice__title");
            title.InnerHtml.Append(Heading);
            output.PreContent.AppendHtml(title);
        }

        output.PreContent.AppendHtml("<div class=\"egov-notice__body\">");
        output.PostContent.AppendHtml("</div>");
    }
}
