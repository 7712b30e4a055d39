using System.Globalization;
using Egov.Platform.Packs;
using YamlDotNet.Serialization;

namespace Egov.Platform.Localization;

/// <summary>
/// Every text of pages and messages, per language: the platform's own texts (embedded YAML) overlaid by the
/// country pack's texts, so a pack renames the service or rewords a message without code.
/// </summary>
internal sealed class TextCatalog
{
    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> _byLanguage;
    private readonly string _defaultLanguage;

    public TextCatalog(CountryPack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        _defaultLanguage = pack.DefaultLanguage;
        _byLanguage = new(StringComparer.OrdinalIgnoreCase);
        foreach (var language in pack.Languages)
        {
            var texts = new Dictionary<string, string>(PlatformTexts(language), StringComparer.Ordinal);
            if (pack.Texts.TryGetValue(language, out var packTexts))
            {
                foreach (var (key, text) in packTexts)
                {
                    texts[key] = text;
                }
            }

            _byLanguage[language] = texts;
        }
    }

    /// <summary>The texts of one language; empty when the language is not offered.</summary>
    public IReadOnlyDictionary<string, string> For(string language) =>
        _byLanguage.TryGetValue(language, out var texts) ? texts : new Dictionary<string, string>();

    /// <summary>
    /// Finds a text for a culture, falling back to its parent (<c>en-GB</c> to <c>en</c>) and then to the
    /// default language, so a missing translation shows the default text rather than a bare key.
    /// </summary>
    public string? Find(CultureInfo culture, string key)
    {
        ArgumentNullException.ThrowIfNull(culture);
        for (var c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent)
        {
            if (_byLanguage.TryGetValue(c.Name, out var texts) && texts.TryGetValue(key, out var text))
            {
                return text;
            }
        }

        return _byLanguage.TryGetValue(_defaultLanguage, out var fallback) && fallback.TryGetValue(key, out var d) ? d : null;
    }

    /// <summary>The platform's texts for a language, read from the embedded <c>Texts/{language}.yaml</c>.</summary>
    public static IReadOnlyDictionary<string, string> PlatformTexts(string language)
    {
        using var stream = typeof(TextCatalog).Assembly.GetManifestResourceStream($"Egov.Platform.Texts.{language}.yaml");
        if (stream is null)
        {
            return new Dictionary<string, string>();
        }

        using var reader = new StreamReader(stream);
        // A key written twice would silently keep the last text: refuse it.
        return new DeserializerBuilder().WithDuplicateKeyChecking().Build().Deserialize<Dictionary<string, string>>(reader) ?? [];
    }

    /// <summary>The languages the platform itself ships texts for.</summary>
    public static IReadOnlyList<string> PlatformLanguages { get; } = typeof(TextCatalog).Assembly
        .GetManifestResourceNames()
        .Where(n => n.StartsWith("Egov.Platform.Texts.", StringComparison.Ordinal))
        .Select(n => n["Egov.Platform.Texts.".Length..^".yaml".Length])
        .Order(StringComparer.Ordinal)
        .ToArray();
}
