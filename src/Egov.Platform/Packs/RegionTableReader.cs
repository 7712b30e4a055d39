using System.Globalization;
using System.Text.RegularExpressions;

namespace Egov.Platform.Packs;

/// <summary>
/// Reads the region table (<c>code, parent, level, name_&lt;lang&gt;…</c>) and checks the hierarchy:
/// unique well-formed codes, an existing parent one level up, and (when the pack says so) a code that
/// starts with its parent's code.
/// </summary>
internal static class RegionTableReader
{
    public static IReadOnlyList<Region> Read(
        string packDirectory, RegionTableSettings settings, IReadOnlyList<string> languages, PackErrorList errors)
    {
        string[] columns = ["code", "parent", "level", .. languages.Select(l => $"name_{l}")];
        var table = CsvTable.Read(packDirectory, settings.File, columns, errors);
        if (table is null)
        {
            if (!File.Exists(Path.Combine(packDirectory, settings.File)))
            {
                errors.Add(PackManifestReader.FileName, settings.FileLine, "regions.file", $"file '{settings.File}' not found in the pack");
            }

            return [];
        }

        var patterns = settings.Levels.ToDictionary(l => l.Level, l => new Regex(l.CodePattern, RegexOptions.CultureInvariant));
        var regions = new List<Region>();
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var code = row["code"];
            if (!int.TryParse(row["level"], NumberStyles.None, CultureInfo.InvariantCulture, out var level) || !patterns.TryGetValue(level, out var pattern))
            {
                errors.Add(table.File, row.Line, "level", $"'{row["level"]}' is not a level declared in pack.yaml regions.levels");
                continue;
            }

            if (!pattern.IsMatch(code))
            {
                errors.Add(table.File, row.Line, "code", $"'{code}' does not match the level {level} code pattern {pattern}");
                continue;
            }

            if (!lines.TryAdd(code, row.Line))
            {
                errors.Add(table.File, row.Line, "code", $"duplicate region code {code} (first on line {lines[code]})");
                continue;
            }

            var names = TableNames.Read(table, row, languages, errors);
            regions.Add(new Region(code, row.Optional("parent"), level, names));
        }

        CheckParents(table.File, regions, lines, settings.CodeStartsWithParent, errors);
        return regions;
    }

    private static void CheckParents(
        string file, List<Region> regions, Dictionary<string, int> lines, bool codeStartsWithParent, PackErrorList errors)
    {
        var byCode = regions.ToDictionary(r => r.Code, StringComparer.Ordinal);
        foreach (var region in regions)
        {
            var line = lines[region.Code];
            if (region.ParentCode is null)
            {
                if (region.Level != 1)
                {
                    errors.Add(file, line, "parent", $"a level {region.Level} region needs a parent");
                }

                continue;
            }

            if (!byCode.TryGetValue(region.ParentCode, out var parent))
            {
                errors.Add(file, line, "parent", $"parent region {region.ParentCode} does not exist");
            }
            else if (parent.Level != region.Level - 1)
            {
                errors.Add(file, line, "parent", $"parent {parent.Code} is level {parent.Level}; a level {region.Level} region needs a level {region.Level - 1} parent");
            }
            // Hierarchical codes pad the parent's significant digits with zeros (41110 → 41111), so a child
            // may start with the parent's code or with that code less its trailing zeros.
            else if (codeStartsWithParent && !region.Code.StartsWith(parent.Code, StringComparison.Ordinal)
                     && !region.Code.StartsWith(parent.Code.TrimEnd('0'), StringComparison.Ordinal))
            {
                errors.Add(file, line, "code", $"code {region.Code} does not start with its parent's code {parent.Code}");
            }
        }
    }
}
