using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Egov.Platform.Design;

/// <summary>The KRDS form-group markup shared by every form control.</summary>
internal static class FieldMarkup
{
    /// <summary>Links the input to its hint and error for screen readers and marks it invalid.</summary>
    public static void Describe(TagBuilder input, FieldParts parts)
    {
        if (parts.DescribedBy is { } ids)
        {
            input.MergeAttribute("aria-describedby", ids, replaceExisting: true);
        }

        if (parts.Error is not null)
        {
            input.MergeAttribute("aria-invalid", "true", replaceExisting: true);
        }
    }

    /// <summary>Label, then the control, then hint and error, as KRDS's form group lays them out.</summary>
    public static void WriteGroup(TagHelperOutput output, FieldParts parts, TagBuilder control, string groupClass)
    {
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", groupClass);

        var label = new TagBuilder("label");
        label.MergeAttribute("for", parts.Id);
        label.InnerHtml.Append(parts.Label);
        var title = new TagBuilder("div");
        title.AddCssClass("form-tit");
        title.InnerHtml.AppendHtml(label);

        var conts = new TagBuilder("div");
        conts.AddCssClass(parts.Error is null ? "form-conts" : "form-conts is-error");
        conts.InnerHtml.AppendHtml(control);

        output.Content.AppendHtml(title);
        output.Content.AppendHtml(conts);
        AppendMessages(output, parts, "form-hint", "form-hint-invalid");
    }

    public static void AppendMessages(TagHelperOutput output, FieldParts parts, string hintClass, string errorClass)
    {
        if (parts.Hint is not null)
        {
            output.Content.AppendHtml(Paragraph(hintClass, parts.HintId, parts.Hint));
        }

        if (parts.Error is not null)
        {
            output.Content.AppendHtml(Paragraph(errorClass, parts.ErrorId, parts.Error));
        }
    }

    private static TagBuilder Paragraph(string cssClass, string id, string text)
    {
        var p = new TagBuilder("p");
        p.AddCssClass(cssClass);
        p.MergeAttribute("id", id);
        p.InnerHtml.Append(text);
        return p;
    }
}
