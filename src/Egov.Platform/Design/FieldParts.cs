using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Egov.Platform.Design;

/// <summary>
/// What every form control shows around its input: the id, the label and hint from the model's
/// <c>[Display(Name, Description)]</c> (localized), and the first model-state error, so a server-side
/// validation failure appears next to the field it concerns.
/// </summary>
internal sealed record FieldParts(string Name, string Id, string Label, string? Hint, string? Error)
{
    public string HintId => Id + "-hint";

    public string ErrorId => Id + "-error";

    /// <summary>The ids an input is described by (its hint and error), or null.</summary>
    public string? DescribedBy =>
        string.Join(' ', new[] { Hint is null ? null : HintId, Error is null ? null : ErrorId }.OfType<string>()) is { Length: > 0 } ids
            ? ids
            : null;

    public static FieldParts From(ViewContext viewContext, ModelExpression model, string? hint)
    {
        var name = viewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(model.Name);
        var error = viewContext.ViewData.ModelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0
            ? entry.Errors[0].ErrorMessage
            : null;
        return new FieldParts(
            name,
            IdFor(name),
            model.Metadata.GetDisplayName(),
            hint ?? model.Metadata.Description,
            error);
    }

    /// <summary>The same id the framework's input generators give a field name.</summary>
    public static string IdFor(string name) => TagBuilder.CreateSanitizedId(name, "_");
}
