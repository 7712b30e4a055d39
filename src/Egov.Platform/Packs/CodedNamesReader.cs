using System.Text.RegularExpressions;
using Egov.Platform.Packs.Demo;

namespace Egov.Platform.Packs;

/// <summary>
/// Reads a catalogue list of <c>{ code, names }</c> entries (delegable services, notification topics): codes unique and
/// lower-case dotted words, because modules compare them in code; names in every language of the pack.
/// </summary>
internal static partial class CodedNamesReader
{
    /// <summary>The entries of the list under <paramref name="key"/>, in file order; broken ones are reported and left out.</summary>
    /// <param name="f">The file's fields.</param>
    /// <param name="key">The list's key (<c>services</c>).</param>
    /// <param name="what">What a code names, for the duplicate message (<c>service code</c>).</param>
    /// <param name="example">A well-formed code, for the format message.</param>
    /// <param name="languages">The pack's languages.</param>
    public static IReadOnlyList<(string Code, IReadOnlyDictionary<string, string> Names)> Read(
        YamlFields f, string key, string what, string example, IReadOnlyList<string> languages)
    {
        var entries = new List<(string, IReadOnlyDictionary<string, string>)>();
        var codes = new UniqueValues(what);
        var list = f.List(key);
        for (var i = 0; list is not null && i < list.Children.Count; i++)
        {
            if (f.MapValue(list.Children[i], $"{key}[{i}]") is not { } entry)
            {
                continue;
            }

            var code = entry.String("code");
            if (code is not null && !CodePattern().IsMatch(code))
            {
                entry.Error(entry.Node("code", false)!, entry.FieldPath("code"), $"must be lower-case dotted words (e.g. {example})");
                code = null;
            }

            var names = LanguageMaps.Read(entry, "names", languages);
            entry.RejectUnknown();
            if (code is not null && codes.Claim(entry, "code", code))
            {
                entries.Add((code, names));
            }
        }

        return entries;
    }

    [GeneratedRegex(@"^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*$")]
    private static partial Regex CodePattern();
}
