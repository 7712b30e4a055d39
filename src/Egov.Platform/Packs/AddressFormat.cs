using System.Text.RegularExpressions;

namespace Egov.Platform.Packs;

/// <summary>
/// How the pack's addresses are made and written: the fields a form asks for, and a template per
/// language that orders them (largest unit first in Korean, smallest first in English).
/// </summary>
public sealed partial class AddressFormat
{
    public AddressFormat(IReadOnlyList<AddressField> fields, IReadOnlyDictionary<string, string> templates)
    {
        Fields = fields;
        Templates = templates;
    }

    public static AddressFormat Empty { get; } = new([], new Dictionary<string, string>());

    public IReadOnlyList<AddressField> Fields { get; }

    /// <summary>Template per language with <c>{field}</c> placeholders.</summary>
    public IReadOnlyDictionary<string, string> Templates { get; }

    /// <summary>
    /// Writes an address in one language. Empty fields vanish together with the separator before them,
    /// so an address without a detail line does not end in a dangling comma.
    /// </summary>
    public string Format(IReadOnlyDictionary<string, string?> parts, string language)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (!Templates.TryGetValue(language, out var template))
        {
            throw new ArgumentException($"no address template for language '{language}'", nameof(language));
        }

        var text = Placeholder().Replace(template, m =>
            parts.TryGetValue(m.Groups[1].Value, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : "\u0000");
        text = EmptySlot().Replace(text, "");
        return Spaces().Replace(text, " ").Trim(' ', ',');
    }

    internal static IEnumerable<string> PlaceholdersIn(string template) =>
        Placeholder().Matches(template).Select(m => m.Groups[1].Value);

    [GeneratedRegex(@"\{([A-Za-z_][A-Za-z0-9_]*)\}", RegexOptions.CultureInvariant, 100)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"[,\s]*\u0000", RegexOptions.CultureInvariant, 100)]
    private static partial Regex EmptySlot();

    [GeneratedRegex(@"\s{2,}", RegexOptions.CultureInvariant, 100)]
    private static partial Regex Spaces();
}

/// <summary>One address field: its name, whether forms require it, and an optional pattern.</summary>
public sealed record AddressField(string Name, bool Required, string? Pattern);
