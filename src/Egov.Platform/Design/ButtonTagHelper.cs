using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Egov.Platform.Design;

/// <summary>Importance of a button: one primary action per screen, secondary and tertiary for the rest.</summary>
public enum ButtonVariant
{
    /// <summary>The one main action of the screen.</summary>
    Primary,
    /// <summary>An alternative action.</summary>
    Secondary,
    /// <summary>A minor action (back, cancel).</summary>
    Tertiary,
}

/// <summary>KRDS button sizes used by the platform.</summary>
public enum ButtonSize
{
    /// <summary>Inside dense lists and tables.</summary>
    Small,
    /// <summary>The default.</summary>
    Medium,
    /// <summary>The main call to action of a page.</summary>
    Large,
}

/// <summary>
/// <c>&lt;egov-button variant="Primary"&gt;</c>: a KRDS button; with <c>href</c> it renders a link that looks
/// like a button (navigation), otherwise a <c>&lt;button&gt;</c> (an action, <c>type="submit"</c> by default).
/// </summary>
[HtmlTargetElement("egov-button")]
public sealed class ButtonTagHelper : TagHelper
{
    public ButtonVariant Variant { get; set; } = ButtonVariant.Primary;

    public ButtonSize Size { get; set; } = ButtonSize.Medium;

    /// <summary>Link target; <c>~/</c> is resolved against the application's base path.</summary>
    public string? Href { get; set; }

    /// <summary>Button type when there is no <see cref="Href"/>: submit, button or reset.</summary>
    public string Type { get; set; } = "submit";

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.TagMode = TagMode.StartTagAndEndTag;
        if (Href is null)
        {
            output.TagName = "button";
            output.Attributes.SetAttribute("type", Type);
        }
        else
        {
            output.TagName = "a";
            output.Attributes.SetAttribute("href", AppUrl.Resolve(ViewContext.HttpContext, Href));
        }

        output.AddClass("krds-btn", HtmlEncoder.Default);
        output.AddClass(Variant.ToString().ToLowerInvariant(), HtmlEncoder.Default);
        output.AddClass(Size.ToString().ToLowerInvariant(), HtmlEncoder.Default);
    }
}
