using System.Text.RegularExpressions;
using Egov.Platform.Packs.Demo;
using YamlDotNet.RepresentationModel;

namespace Egov.Platform.Packs;

/// <summary>
/// Reads the optional <c>exchange.yaml</c>: unique well-formed dataset and purpose codes, names in every language,
/// a legal basis for every purpose, and purposes that receive only fields their datasets declare; feeds with a
/// code no purpose has (a grant names either), a legal basis, and their event kinds and fields each once.
/// </summary>
internal static partial class ExchangeSettingsReader
{
    public const string FileName = "exchange.yaml";

    public static ExchangeSettings Read(string packDirectory, IReadOnlyList<string> languages, PackErrorList errors)
    {
        var fullPath = Path.Combine(packDirectory, FileName);
        if (!File.Exists(fullPath) || YamlFields.LoadFile(fullPath, FileName, errors) is not { } f)
        {
            return ExchangeSettings.None;
        }

        var datasets = ReadDatasets(f, languages);
        var grantable = new UniqueValues("purpose or feed code");
        var purposes = ReadPurposes(f, languages, datasets.ToDictionary(d => d.Code, StringComparer.Ordinal), grantable);
        var feeds = ReadFeeds(f, languages, grantable);
        f.RejectUnknown();
        return new ExchangeSettings(datasets, purposes, feeds);
    }

    private static List<ExchangeDataset> ReadDatasets(YamlFields f, IReadOnlyList<string> languages)
    {
        var datasets = new List<ExchangeDataset>();
        var codes = new UniqueValues("dataset code");
        foreach (var entry in Entries(f, "datasets"))
        {
            var code = Code(entry);
            var names = LanguageMaps.Read(entry, "names", languages);
            var fields = NameList(entry, "fields", "field");
            entry.RejectUnknown();
            if (code is not null && codes.Claim(entry, "code", code))
            {
                datasets.Add(new ExchangeDataset(code, names, fields, entry.Line));
            }
        }

        return datasets;
    }

    private static List<ExchangePurpose> ReadPurposes(
        YamlFields f, IReadOnlyList<string> languages, Dictionary<string, ExchangeDataset> datasets, UniqueValues codes)
    {
        var purposes = new List<ExchangePurpose>();
        foreach (var entry in Entries(f, "purposes"))
        {
            var code = Code(entry);
            var names = LanguageMaps.Read(entry, "names", languages);
            var legalBasis = entry.String("legalBasis");
            var consent = entry.Bool("consent");
            var receives = ReadReceives(entry, datasets);
            entry.RejectUnknown();
            if (code is not null && codes.Claim(entry, "code", code) && legalBasis is not null && consent is not null)
            {
                purposes.Add(new ExchangePurpose(code, names, legalBasis, consent.Value, receives));
            }
        }

        return purposes;
    }

    private static List<ExchangeFeed> ReadFeeds(YamlFields f, IReadOnlyList<string> languages, UniqueValues codes)
    {
        var feeds = new List<ExchangeFeed>();
        foreach (var entry in Entries(f, "feeds", required: false))
        {
            var code = Code(entry);
            var names = LanguageMaps.Read(entry, "names", languages);
            var legalBasis = entry.String("legalBasis");
            var kinds = NameList(entry, "kinds", "kind");
            var fields = NameList(entry, "fields", "field");
            entry.RejectUnknown();
            if (code is not null && codes.Claim(entry, "code", code) && legalBasis is not null)
            {
                feeds.Add(new ExchangeFeed(code, names, legalBasis, kinds, fields, entry.Line));
            }
        }

        return feeds;
    }

    /// <summary>A required list of names (fields, event kinds), each once, at least one.</summary>
    private static List<ExchangeField> NameList(YamlFields entry, string key, string what)
    {
        var result = new List<ExchangeField>();
        var seen = new UniqueNames(entry, what);
        foreach (var (name, line) in entry.Strings(key))
        {
            if (seen.Claim(name, line, entry.FieldPath(key)))
            {
                result.Add(new ExchangeField(name, line));
            }
        }

        if (result.Count == 0 && entry.Node(key, false) is { } empty)
        {
            entry.Error(empty, entry.FieldPath(key), $"must list at least one {what}");
        }

        return result;
    }

    /// <summary>A purpose receives named fields of declared datasets only: data minimisation is written out, never "everything".</summary>
    private static List<ExchangeSelection> ReadReceives(YamlFields entry, Dictionary<string, ExchangeDataset> datasets)
    {
        var result = new List<ExchangeSelection>();
        if (entry.Map("receives") is not { } receives)
        {
            return result;
        }

        foreach (var (datasetCode, value) in receives.Entries())
        {
            var path = receives.FieldPath(datasetCode);
            if (!datasets.TryGetValue(datasetCode, out var dataset))
            {
                receives.Error(value, path, $"unknown dataset '{datasetCode}' (not in datasets)");
                continue;
            }

            if (value is not YamlSequenceNode list || list.Children.Count == 0)
            {
                receives.Error(value, path, "expected a list of at least one field");
                continue;
            }

            var fields = new List<string>();
            var seen = new UniqueNames(receives, "field");
            for (var i = 0; i < list.Children.Count; i++)
            {
                var fieldPath = $"{path}[{i}]";
                if (receives.Scalar(list.Children[i], fieldPath) is not { } name || !seen.Claim(name, list.Children[i].Start.Line, path))
                {
                    continue;
                }

                if (dataset.Fields.All(d => d.Name != name))
                {
                    receives.Error(list.Children[i], fieldPath, $"'{name}' is not a field of dataset {datasetCode}");
                    continue;
                }

                fields.Add(name);
            }

            result.Add(new ExchangeSelection(datasetCode, fields));
        }

        if (result.Count == 0)
        {
            entry.Error(entry.Node("receives", false)!, entry.FieldPath("receives"), "must name at least one dataset and its fields");
        }

        return result;
    }

    private static IEnumerable<YamlFields> Entries(YamlFields f, string key, bool required = true)
    {
        var list = f.List(key, required);
        for (var i = 0; list is not null && i < list.Children.Count; i++)
        {
            if (f.MapValue(list.Children[i], $"{key}[{i}]") is { } entry)
            {
                yield return entry;
            }
        }
    }

    private static string? Code(YamlFields entry)
    {
        var code = entry.String("code");
        if (code is not null && !CodePattern().IsMatch(code))
        {
            entry.Error(entry.Node("code", false)!, entry.FieldPath("code"), "must be lower-case dotted words (e.g. resident.basic)");
            return null;
        }

        return code;
    }

    [GeneratedRegex(@"^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*$")]
    private static partial Regex CodePattern();

    /// <summary>Field names within one list, each once.</summary>
    private sealed class UniqueNames(YamlFields f, string what)
    {
        private readonly Dictionary<string, long> lines = new(StringComparer.Ordinal);

        public bool Claim(string name, long line, string path)
        {
            if (lines.TryAdd(name, line))
            {
                return true;
            }

            f.Errors.Add(f.File, line, path, $"duplicate {what} '{name}'");
            return false;
        }
    }
}
