using System.Globalization;

namespace Egov.Platform.Packs;

/// <summary>
/// Reads the optional <c>writing.yaml</c>: a date pattern that writes year, month and day, an amount pattern with
/// figures or words, ten numerals, units that make sense, and every label in every language.
/// </summary>
internal static class OfficialWritingReader
{
    public const string FileName = "writing.yaml";

    private static readonly DateOnly Sample = new(2025, 3, 9);

    public static OfficialWriting? Read(string packDirectory, IReadOnlyList<string> languages, PackErrorList errors)
    {
        var fullPath = Path.Combine(packDirectory, FileName);
        if (!File.Exists(fullPath) || YamlFields.LoadFile(fullPath, FileName, errors) is not { } f)
        {
            return null;
        }

        var date = DatePattern(f);
        var amount = f.Map("amount");
        var pattern = amount?.String("pattern");
        if (amount is not null && pattern is not null && !pattern.Contains("{figures}", StringComparison.Ordinal) && !pattern.Contains("{words}", StringComparison.Ordinal))
        {
            amount.Error(amount.Node("pattern", false)!, amount.FieldPath("pattern"), "must contain {figures} or {words}");
        }

        var separator = amount?.String("groupSeparator");
        var words = amount?.Map("words") is { } w ? Words(w) : null;
        amount?.RejectUnknown();
        var labels = Labels(f, languages);
        f.RejectUnknown();
        return date is null || pattern is null || separator is null || words is null
            ? null
            : new OfficialWriting(date, pattern, separator, words, labels);
    }

    private static string? DatePattern(YamlFields f)
    {
        var pattern = f.String("date");
        if (pattern is null)
        {
            return null;
        }

        // A custom pattern .NET cannot apply, or one that leaves out the year, month or day, writes no date.
        string written;
        try
        {
            written = Sample.ToString(pattern, CultureInfo.InvariantCulture);
        }
        catch (FormatException)
        {
            written = "";
        }

        if (!written.Contains("2025", StringComparison.Ordinal) || !written.Contains('3', StringComparison.Ordinal) || !written.Contains('9', StringComparison.Ordinal))
        {
            f.Error(f.Node("date", false)!, "date", "must be a .NET date pattern writing the year, month and day (e.g. yyyy. M. d.)");
            return null;
        }

        return pattern;
    }

    private static NumberWords? Words(YamlFields w)
    {
        var digits = w.Strings("digits");
        if (w.Node("digits", false) is { } digitsNode && digits.Count != 10)
        {
            w.Error(digitsNode, w.FieldPath("digits"), "must list the ten numerals 0 to 9");
        }

        var small = w.NonEmptyStrings("smallUnits");
        var groups = w.Strings("groupUnits");
        var oneBeforeSmall = w.Bool("oneBeforeSmallUnit");
        var oneBeforeGroup = w.Bool("oneBeforeGroupUnit");
        if (small.Count > 17)
        {
            w.Error(w.Node("smallUnits", false)!, w.FieldPath("smallUnits"), "a group of more than 18 digits cannot be written");
        }

        w.RejectUnknown();
        return digits.Count != 10 || small.Count is 0 or > 17 || oneBeforeSmall is null || oneBeforeGroup is null
            ? null
            : new NumberWords([.. digits.Select(d => d.Value)], [.. small.Select(s => s.Value)], [.. groups.Select(g => g.Value)], oneBeforeSmall.Value, oneBeforeGroup.Value);
    }

    private static Dictionary<string, IReadOnlyDictionary<string, string>> Labels(YamlFields f, IReadOnlyList<string> languages)
    {
        var labels = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        if (f.Map("labels") is not { } map)
        {
            return labels;
        }

        foreach (var key in OfficialWriting.LabelKeys)
        {
            labels[key] = LanguageMaps.Read(map, key, languages);
        }

        // Without the sender's title the seal would read the same words for every agency.
        foreach (var (language, text) in labels["sealInscription"].Where(l => !l.Value.Contains("{sender}", StringComparison.Ordinal)))
        {
            map.Error(map.Node("sealInscription", false)!, $"{map.FieldPath("sealInscription")}.{language}", "must contain {sender}");
        }

        map.RejectUnknown();
        return labels;
    }
}
