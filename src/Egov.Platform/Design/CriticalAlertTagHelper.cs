using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Egov.Platform.Design;

/// <summary>How urgent a critical alert is; KRDS gives each level its badge and colour.</summary>
public enum AlertLevel
{
    /// <summary>Danger: act now (evacuation, outage).</summary>
    Urgent,
    /// <summary>All clear.</summary>
    Safe,
    /// <summary>Important public information.</summary>
    Notice,
}

/// <summary>
/// <c>&lt;egov-critical-alert level="Urgent" href="…"&gt;…&lt;/egov-critical-alert&gt;</c>: the KRDS critical alert
/// banner for urgent public messages (disasters, outages), with an optional "details" link.
/// </summary>
[HtmlTargetElement("egov-critical-alert")]
public sealed class CriticalAlertTagHelper(IStringLocalizer texts) : TagHelper
{
    public AlertLevel Level { get; set; } = AlertLevel.Urgent;

    public string? Href { get; set; }

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var (badgeClass, key) = Level switch
        {
            AlertLevel.Safe => ("ok", "components.criticalAlert.safe"),
            AlertLevel.Notice => ("info", "components.criticalAlert.notice"),
            _ => ("danger", "components.criticalAlert.urgent"),
        };

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "main-urgent-wrap");
        var badge = new TagBuilder("span");
        badge.AddCssClass($"critical-badge {badgeClass}");
        badge.InnerHtml.Append(texts[key]);
        output.PreContent.AppendHtml("<ul class=\"krds-critical-alerts\"><li><div class=\"critical-ban\">");
        output.PreContent.AppendHtml(badge);
        output.PreContent.AppendHtml("<p class=\"critical-txt\">");
        output.PostContent.AppendHtml("</p>");
        if (Href is not null)
        {
            var link = new TagBuilder("a");
            link.AddCssClass("krds-btn medium link basic");
            link.MergeAttribute("href", AppUrl.Resolve(ViewContext.HttpContext, Href));
            // On a phone the text hides visually (the icon remains) but stays the link's accessible name.
            var text = new TagBuilder("span");
            text.AddCssClass("egov-narrow-sr");
            text.InnerHtml.Append(texts["components.criticalAlert.details"]);
            link.InnerHtml.AppendHtml(text);
            link.InnerHtml.AppendHtml("<i class=\"svg-icon ico-angle right\" aria-hidden=\"true\"></i>");
            output.PostContent.AppendHtml(link);
        }

        output.PostContent.AppendHtml("</div></li></ul>");
    }
}
