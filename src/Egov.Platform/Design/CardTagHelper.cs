using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Egov.Platform.Design;

/// <summary>
/// <c>&lt;egov-card heading="…" href="~/design"&gt;…&lt;/egov-card&gt;</c>: a service card. With <c>href</c> the whole
/// card is one link; without, it is a plain panel (a service that is not available yet must not look clickable).
/// </summary>
[HtmlTargetElement("egov-card")]
public sealed class CardTagHelper : TagHelper
{
    public string Heading { get; set; } = "";

    public string? Href { get; set; }

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.TagMode = TagMode.StartTagAndEndTag;
        if (Href is null)
        {
            output.TagName = "div";
            output.Attributes.SetAttribute("class", "egov-card egov-card--planned");
        }
        else
        {
            output.TagName = "a";
            output.Attributes.SetAttribute("class", "egov-card");
            output.Attributes.SetAttribute("href", AppUrl.Resolve(ViewContext.HttpContext, Href));
        }

        // A heading, so screen-reader users can jump from service to service.
        var title = new TagBuilder("h3");
        title.AddCssClass("egov-card__title");
        title.InnerHtml.Append(Heading);
        output.PreContent.AppendHtml(title);
        output.PreContent.AppendHtml("<span class=\"egov-card__text\">");
        output.PostContent.AppendHtml("</span>");
    }
}
