namespace Egov.Field.Templates;

/// <summary>A pack text in one language, else the first one given, else a fallback (a code).</summary>
internal static class Names
{
    public static string In(IReadOnlyDictionary<string, string> names, string language, string fallback) =>
        names.TryGetValue(language, out var name) ? name : names.Values.FirstOrDefault() ?? fallback;
}
