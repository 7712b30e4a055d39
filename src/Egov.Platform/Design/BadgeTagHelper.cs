using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Egov.Platform.Design;

/// <summary>How strongly a badge stands out.</summary>
public enum BadgeAppearance
{
    /// <summary>Coloured text and border.</summary>
    Outline,
    /// <summary>Tinted background.</summary>
    Light,
    /// <summary>Solid background.</summary>
    Solid,
}

/// <summary>
/// <c>&lt;egov-badge tone="Success"&gt;Approved&lt;/egov-badge&gt;</c>: a KRDS badge, a short status label
/// (application status, "not yet available"). The text carries the meaning; colour only repeats it.
/// </summary>
[HtmlTargetElement("egov-badge")]
public sealed class BadgeTagHelper : TagHelper
{
    public Tone Tone { get; set; } = Tone.Primary;

    public BadgeAppearance Appearance { get; set; } = BadgeAppearance.Light;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var prefix = Appearance switch
        {
            BadgeAppearance.Outline => "outline-",
            BadgeAppearance.Solid => "bg-",
            _ => "bg-light-",
        };
        output.TagName = "span";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", $"krds-badge {prefix}{Tone.ToString().ToLowerInvariant()}");
    }
}
