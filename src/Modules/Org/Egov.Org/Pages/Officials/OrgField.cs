namespace Egov.Org.Pages.Officials;

/// <summary>
/// A form field the <c>egov-field</c> tag helper cannot describe from a model property: a name per language or a
/// choice among the pack's posts, grades or the agency's departments. Rendered by <c>_OrgField</c> with the same
/// KRDS markup, label, error and ids, so the error summary links to it.
/// </summary>
/// <param name="Name">The posted name (<c>Add.Names[ko]</c>).</param>
/// <param name="Label">The label text.</param>
/// <param name="Value">The current value.</param>
/// <param name="Options">The choices (value, text) for a select; null for a text input.</param>
internal sealed record OrgField(string Name, string Label, string? Value, IReadOnlyList<(string Value, string Text)>? Options = null)
{
    public string Id => Microsoft.AspNetCore.Mvc.Rendering.TagBuilder.CreateSanitizedId(Name, "_");
}
