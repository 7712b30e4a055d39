using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Egov.Platform.Packs;

/// <summary>Reads and checks <c>pack.yaml</c>; every problem goes to the error list with its line.</summary>
internal static partial class PackManifestReader
{
    public const string FileName = "pack.yaml";

    public static PackManifest? Read(string packDirectory, PackErrorList errors)
    {
        if (YamlFields.LoadFile(Path.Combine(packDirectory, FileName), FileName, errors) is not { } f)
        {
            return null;
        }

        var code = f.String("code");
        var folder = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(packDirectory)));
        if (code is not null && !string.Equals(code, folder, StringComparison.Ordinal))
        {
            f.Error(f.Node("code", false)!, "code", $"must equal the pack folder name '{folder}'");
        }

        var languages = ReadLanguages(f, out var languagesLine);
        var names = LanguageMaps.Read(f, "names", languages);
        var demo = f.Bool("demo") ?? false;
        var timeZone = ReadTimeZone(f);
        var currency = ReadCurrency(f, languages);
        var stylesheet = f.Map("design") is { } design ? ReadStylesheet(design, packDirectory) : null;
        var regions = f.Map("regions") is { } r ? ReadRegionSettings(r, languages) : null;
        var agencies = f.Map("agencies") is { } a ? ReadAgencySettings(a) : null;
        var address = f.Map("address") is { } ad ? AddressFormatReader.Read(ad, languages) : AddressFormat.Empty;
        var identifiers = ReadIdentifiers(f, languages, out var everyIdentifierRead);
        var registers = new RegisterSettingsReader(identifiers, everyIdentifierRead);
        var people = registers.ReadPeople(f);
        var businesses = registers.ReadBusinesses(f);
        var brokeredProviders = BrokeredProviderReader.Read(f, languages);
        var population = f.String("population", required: false) is { } file
            ? new Population.PopulationFileSetting(file, f.Node("population", false)!.Start.Line)
            : null;
        f.RejectUnknown();

        return code is null || timeZone is null || currency is null || stylesheet is null || regions is null || agencies is null
            ? null
            : new PackManifest(code, names, languages, languagesLine, demo, timeZone, currency, stylesheet, regions, agencies, address, identifiers, people, businesses, brokeredProviders, population);
    }

    /// <summary>
    /// The country's legal time zone (IANA id): dates in law — the last day of a power of attorney, the day a
    /// child comes of age — turn at its midnight, not at UTC's.
    /// </summary>
    private static TimeZoneInfo? ReadTimeZone(YamlFields f)
    {
        if (f.String("timeZone") is not { } id)
        {
            return null;
        }

        if (id.Contains('/', StringComparison.Ordinal) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
        {
            return zone;
        }

        f.Error(f.Node("timeZone", false)!, "timeZone", $"'{id}' is not an IANA time zone known to this machine (e.g. Asia/Seoul; on Linux the tzdata package provides them)");
        return null;
    }

    private static List<string> ReadLanguages(YamlFields f, out long line)
    {
        var result = new List<string>();
        line = f.Line;
        if (f.List("languages") is not { } list)
        {
            return result;
        }

        line = list.Start.Line;
        for (var i = 0; i < list.Children.Count; i++)
        {
            var field = $"languages[{i}]";
            if (f.Scalar(list.Children[i], field) is not { } language)
            {
                continue;
            }

            if (!LanguageMaps.IsKnownCulture(language))
            {
                f.Error(list.Children[i], field, $"'{language}' is not a known language code");
            }
            else if (result.Contains(language))
            {
                f.Error(list.Children[i], field, $"'{language}' is listed twice");
            }
            else
            {
                result.Add(language);
            }
        }

        if (list.Children.Count == 0)
        {
            f.Error(list, "languages", "must list at least one language");
        }

        return result;
    }

    private static CurrencyFormat? ReadCurrency(YamlFields parent, IReadOnlyList<string> languages)
    {
        if (parent.Map("currency") is not { } f)
        {
            return null;
        }

        var code = f.String("code");
        if (code is not null && !CurrencyCode().IsMatch(code))
        {
            f.Error(f.Node("code", false)!, f.FieldPath("code"), "expected a three-letter ISO 4217 code");
        }

        var decimals = f.Int("decimals");
        if (decimals is < 0 or > 4)
        {
            f.Error(f.Node("decimals", false)!, f.FieldPath("decimals"), "must be between 0 and 4");
        }

        var patterns = LanguageMaps.Read(f, "patterns", languages);
        if (f.Node("patterns", false) is YamlMappingNode patternsNode)
        {
            foreach (var (key, value) in patternsNode.Children)
            {
                var text = (value as YamlScalarNode)?.Value ?? "";
                var field = f.FieldPath($"patterns.{key}");
                if (!text.Contains("{0}", StringComparison.Ordinal))
                {
                    f.Error(value, field, "pattern must contain {0}");
                }
                else if (!FormatsCleanly(text))
                {
                    f.Error(value, field, "pattern is not a valid format string (write a literal brace as {{ or }})");
                }
            }
        }

        f.RejectUnknown();
        return code is null || decimals is null ? null : new CurrencyFormat(code, decimals.Value, patterns);
    }

    private static bool FormatsCleanly(string pattern)
    {
        try
        {
            _ = string.Format(CultureInfo.InvariantCulture, pattern, "1");
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static string? ReadStylesheet(YamlFields f, string packDirectory)
    {
        var stylesheet = f.String("stylesheet");
        if (stylesheet is not null && !File.Exists(Path.Combine(packDirectory, stylesheet)))
        {
            f.Error(f.Node("stylesheet", false)!, f.FieldPath("stylesheet"), $"file '{stylesheet}' not found in the pack");
        }

        f.RejectUnknown();
        return stylesheet;
    }

    private static RegionTableSettings? ReadRegionSettings(YamlFields f, IReadOnlyList<string> languages)
    {
        var file = f.String("file");
        var fileLine = f.Node("file", false)?.Start.Line ?? f.Line;
        var levels = new List<RegionLevel>();
        if (f.List("levels") is { } list)
        {
            for (var i = 0; i < list.Children.Count; i++)
            {
                if (f.MapValue(list.Children[i], f.FieldPath($"levels[{i}]")) is not { } lf)
                {
                    continue;
                }

                var level = lf.Int("level");
                var names = LanguageMaps.Read(lf, "names", languages);
                var pattern = PatternField(lf, "code");
                lf.RejectUnknown();
                if (level is not null && level != i + 1)
                {
                    lf.Error(lf.Node("level", false)!, lf.FieldPath("level"), $"levels must be listed in order: expected {i + 1}");
                }

                if (level is not null && pattern is not null)
                {
                    levels.Add(new RegionLevel(level.Value, names, pattern));
                }
            }
        }

        var startsWithParent = f.Bool("codeStartsWithParent", required: false) ?? false;
        f.RejectUnknown();
        return file is null ? null : new RegionTableSettings(file, fileLine, levels, startsWithParent);
    }

    private static AgencyTableSettings? ReadAgencySettings(YamlFields f)
    {
        var file = f.String("file");
        var fileLine = f.Node("file", false)?.Start.Line ?? f.Line;
        var pattern = PatternField(f, "code");
        f.RejectUnknown();
        return file is null || pattern is null ? null : new AgencyTableSettings(file, fileLine, pattern);
    }

    private static List<IdentifierDefinition> ReadIdentifiers(YamlFields f, IReadOnlyList<string> languages, out bool everyIdentifierRead)
    {
        var result = new List<IdentifierDefinition>();
        everyIdentifierRead = true;
        if (f.List("identifiers", required: false) is not { } list)
        {
            return result;
        }

        for (var i = 0; i < list.Children.Count; i++)
        {
            if (f.MapValue(list.Children[i], $"identifiers[{i}]") is { } entry
                && IdentifierDefinitionReader.Read(entry, languages) is { } definition)
            {
                if (result.Any(d => d.Id == definition.Id))
                {
                    entry.Error(list.Children[i], entry.FieldPath("id"), $"identifier id '{definition.Id}' is used twice");
                }

                result.Add(definition);
            }
            else
            {
                everyIdentifierRead = false;
            }
        }

        return result;
    }

    /// <summary>A field holding a regular expression; a pattern that does not compile is an error here, not at run time.</summary>
    internal static string? PatternField(YamlFields f, string key)
    {
        var pattern = f.String(key);
        if (pattern is null)
        {
            return null;
        }

        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant);
            return pattern;
        }
        catch (ArgumentException ex)
        {
            f.Error(f.Node(key, false)!, f.FieldPath(key), $"pattern does not compile: {ex.Message}");
            return null;
        }
    }

    [GeneratedRegex("^[A-Z]{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex CurrencyCode();
}
