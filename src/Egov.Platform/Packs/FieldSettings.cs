namespace Egov.Platform.Packs;

/// <summary>Field inspections' checklists and the notices their findings send (<c>field.yaml</c>).</summary>
/// <param name="Templates">The checklists in their current versions, in file order.</param>
/// <param name="OrderNotice">What an owner is told of a corrective-action order, per language.</param>
/// <param name="OverdueNotice">What an owner is told when an order's deadline has passed, per language.</param>
/// <param name="Report">How a completed inspection's report is drafted, or <see cref="FieldReport.None"/>.</param>
public sealed record FieldSettings(IReadOnlyList<InspectionTemplate> Templates, FieldNotice OrderNotice, FieldNotice OverdueNotice, FieldReport Report)
{
    /// <summary>A pack without <c>field.yaml</c>: no inspections.</summary>
    public static FieldSettings None { get; } = new([], FieldNotice.None, FieldNotice.None, FieldReport.None);

    /// <summary>The template with that code, or null.</summary>
    public InspectionTemplate? Find(string code) => Templates.FirstOrDefault(t => t.Code == code);
}

/// <summary>A notice's title and body per language, with <c>{placeholders}</c>.</summary>
/// <param name="Titles">Title per language.</param>
/// <param name="Bodies">Body per language.</param>
public sealed record FieldNotice(IReadOnlyDictionary<string, string> Titles, IReadOnlyDictionary<string, string> Bodies)
{
    /// <summary>No texts.</summary>
    public static FieldNotice None { get; } = new(new Dictionary<string, string>(), new Dictionary<string, string>());
}

/// <summary>
/// The report drafted as an approval document when an inspection is completed: its document type (of
/// <c>approvals.yaml</c>, committing no money) and its texts by key (<see cref="Keys"/>), then by language, with
/// <c>{placeholders}</c>. Null document type: the pack drafts no reports.
/// </summary>
/// <param name="DocumentType">The approval document type, or null.</param>
/// <param name="Texts">Text per key, then per language.</param>
public sealed record FieldReport(string? DocumentType, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Texts)
{
    /// <summary>No report.</summary>
    public static FieldReport None { get; } = new(null, new Dictionary<string, IReadOnlyDictionary<string, string>>());

    /// <summary>
    /// The texts every report gives in every language: <c>title</c> ({building}, {template}), <c>intro</c> ({building},
    /// {template}, {date}), the parts' labels, the outcomes, a reading ({value}, {unit}) and its limits ({min}, {max},
    /// {unit}), an order's deadline ({date}), and <c>markers</c>, the sub-item markers in order separated by spaces.
    /// </summary>
    public static IReadOnlyList<string> Keys { get; } =
    [
        "title", "intro", "facility", "address", "template", "version", "date", "inspectors", "results", "orders", "noOrders",
        "legalBasis", "note", "limits", "pass", "fail", "notApplicable", "reading", "atLeast", "atMost", "between", "deadline", "markers",
    ];

    /// <summary>The text <paramref name="key"/> in <paramref name="language"/>.</summary>
    public string Text(string key, string language) =>
        Texts.TryGetValue(key, out var texts) && texts.TryGetValue(language, out var text)
            ? text
            : throw new KeyNotFoundException($"field.yaml's report has no text '{key}' in '{language}'.");
}

/// <summary>One version of a checklist.</summary>
/// <param name="Code">Stable code (<c>fire-safety.multi-use</c>).</param>
/// <param name="Version">Raised whenever an item changes.</param>
/// <param name="Names">Its name per language.</param>
/// <param name="Uses">Building use codes it is meant for.</param>
/// <param name="ReinspectionDays">Days after a correction deadline the re-inspection is due.</param>
/// <param name="Items">Its items in the order they are filled.</param>
public sealed record InspectionTemplate(
    string Code, int Version, IReadOnlyDictionary<string, string> Names, IReadOnlyList<string> Uses, int ReinspectionDays, IReadOnlyList<TemplateItem> Items);

/// <summary>What an item asks for (written <c>Check</c> or <c>Reading</c> in JSON).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<TemplateItemKind>))]
public enum TemplateItemKind
{
    /// <summary>Pass, fail or not applicable.</summary>
    Check = 0,

    /// <summary>A measured number that passes within its limits.</summary>
    Reading = 1,
}

/// <summary>One item of a checklist.</summary>
/// <param name="Code">Stable code within the template.</param>
/// <param name="Kind">A check or a reading.</param>
/// <param name="Names">What the inspector reads, per language.</param>
/// <param name="Unit">A reading's unit symbol (<c>lx</c>, <c>s</c>), or null for a check.</param>
/// <param name="Min">A reading's lowest passing value, or null.</param>
/// <param name="Max">A reading's highest passing value, or null.</param>
/// <param name="LegalBasis">The rule it checks, per language.</param>
/// <param name="Photos">Photos the item needs unless not applicable.</param>
/// <param name="CorrectionDays">Days a failed item's corrective-action order gives the owner.</param>
public sealed record TemplateItem(
    string Code, TemplateItemKind Kind, IReadOnlyDictionary<string, string> Names, string? Unit, decimal? Min, decimal? Max,
    IReadOnlyDictionary<string, string> LegalBasis, int Photos, int CorrectionDays)
{
    /// <summary>True when a reading lies within the limits.</summary>
    public bool Passes(decimal reading) => (Min is null || reading >= Min) && (Max is null || reading <= Max);
}
