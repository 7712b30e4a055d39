using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Egov.Platform.Design;

/// <summary>
/// <c>&lt;egov-file-upload for="Attachment" accept=".pdf" /&gt;</c>: the KRDS file upload area around the
/// browser's own file input, kept visible so it works with keyboard and without JavaScript.
/// The enclosing form needs <c>enctype="multipart/form-data"</c>.
/// </summary>
[HtmlTargetElement("egov-file-upload", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FileUploadTagHelper(IStringLocalizer texts) : TagHelper
{
    public ModelExpression For { get; set; } = null!;

    /// <summary>Accepted file types, e.g. <c>.pdf,.jpg</c>.</summary>
    public string? Accept { get; set; }

    public bool Multiple { get; set; }

    public string? Hint { get; set; }

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var parts = FieldParts.From(ViewContext, For, Hint);

        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        input.MergeAttribute("type", "file");
        input.MergeAttribute("id", parts.Id);
        input.MergeAttribute("name", parts.Name);
        input.AddCssClass("egov-file-input");
        if (Accept is not null)
        {
            input.MergeAttribute("accept", Accept);
        }

        if (Multiple)
        {
            input.MergeAttribute("multiple", "multiple");
        }

        FieldMarkup.Describe(input, parts);

        var label = new TagBuilder("label");
        label.AddCssClass("tit");
        label.MergeAttribute("for", parts.Id);
        label.InnerHtml.Append(parts.Label);
        var head = new TagBuilder("div");
        head.AddCssClass("file-head");
        head.InnerHtml.AppendHtml(label);

        var instructions = new TagBuilder("p");
        instructions.AddCssClass("txt");
        instructions.InnerHtml.Append(texts["components.fileUpload.instructions"]);
        var buttonWrap = new TagBuilder("div");
        buttonWrap.AddCssClass("file-upload-btn-wrap");
        buttonWrap.InnerHtml.AppendHtml(input);
        var area = new TagBuilder("div");
        area.AddCssClass(parts.Error is null ? "file-upload" : "file-upload is-error");
        area.InnerHtml.AppendHtml(instructions);
        area.InnerHtml.AppendHtml(buttonWrap);

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "krds-file-upload egov-file-upload");
        output.Content.AppendHtml(head);
        FieldMarkup.AppendMessages(output, parts, "form-hint", "file-hint-invalid");
        output.Content.AppendHtml(area);
    }
}
