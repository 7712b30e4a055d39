using System.Globalization;

namespace Egov.Platform.Packs;

/// <summary>Reads "one text per language" mappings and checks they cover exactly the pack's languages.</summary>
internal static class LanguageMaps
{
    public static IReadOnlyDictionary<string, string> Read(YamlFields parent, string key, IReadOnlyList<string> languages)
    {
        var map = parent.Map(key);
        return map is null ? new Dictionary<string, string>() : Read(map, languages);
    }

    public static IReadOnlyDictionary<string, string> Read(YamlFields map, IReadOnlyList<string> languages)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (language, text, line) in map.AllStrings())
        {
            if (languages.Count > 0 && !languages.Contains(language))
            {
                map.Errors.Add(map.File, line, map.FieldPath(language), $"language '{language}' is not in languages");
            }

            result[language] = text;
        }

        foreach (var language in languages.Where(l => !result.ContainsKey(l)))
        {
            map.Errors.Add(map.File, map.Line, map.FieldPath(language), "missing text for this language");
        }

        return result;
    }

    /// <summary>True for a culture .NET knows; formatting of numbers and dates depends on it.</summary>
    public static bool IsKnownCulture(string language)
    {
        try
        {
            return CultureInfo.GetCultureInfo(language, predefinedOnly: true) is not null;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }
}
