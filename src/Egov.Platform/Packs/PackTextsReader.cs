namespace Egov.Platform.Packs;

/// <summary>
/// Reads <c>texts/&lt;lang&gt;.yaml</c> for every pack language: flat <c>key: text</c> maps. The default
/// language is the reference: every other language must have exactly its keys, so no page falls back
/// silently to another language.
/// </summary>
internal static class PackTextsReader
{
    /// <summary>Texts every pack supplies; the layout shows them on every page.</summary>
    private static readonly string[] RequiredKeys = ["pack.serviceName", "pack.masthead", "pack.identifier", "pack.countryName"];

    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Read(
        string packDirectory, PackManifest manifest, PackErrorList errors)
    {
        var texts = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        var lines = new Dictionary<string, Dictionary<string, long>>(StringComparer.Ordinal);
        for (var i = 0; i < manifest.Languages.Count; i++)
        {
            var language = manifest.Languages[i];
            var file = $"texts/{language}.yaml";
            if (!File.Exists(Path.Combine(packDirectory, file)))
            {
                errors.Add(PackManifestReader.FileName, manifest.LanguagesLine, $"languages[{i}]", $"no texts file {file} for language '{language}'");
                continue;
            }

            if (YamlFields.LoadFile(Path.Combine(packDirectory, file), file, errors) is not { } f)
            {
                continue;
            }

            var entries = f.AllStrings();
            texts[language] = entries.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
            lines[language] = entries.ToDictionary(e => e.Key, e => e.Line, StringComparer.Ordinal);
        }

        var reference = manifest.Languages.Count > 0 ? manifest.Languages[0] : null;
        if (reference is null || !texts.TryGetValue(reference, out var defaults))
        {
            return texts;
        }

        var defaultFile = $"texts/{reference}.yaml";
        foreach (var key in RequiredKeys.Where(k => !defaults.ContainsKey(k)))
        {
            errors.Add(defaultFile, 1, key, "required pack text is missing");
        }

        foreach (var (language, map) in texts.Where(t => t.Key != reference))
        {
            var file = $"texts/{language}.yaml";
            foreach (var key in defaults.Keys.Where(k => !map.ContainsKey(k)))
            {
                errors.Add(file, 1, key, $"missing: present in {defaultFile} line {lines[reference][key]}");
            }

            foreach (var key in map.Keys.Where(k => !defaults.ContainsKey(k)))
            {
                errors.Add(file, lines[language][key], key, $"not in the default language file {defaultFile}");
            }
        }

        return texts;
    }
}
