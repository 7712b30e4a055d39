using System.Text.RegularExpressions;

namespace Egov.Platform.Packs;

/// <summary>
/// Reads the agency table (<c>code, parent, kind, region, name_&lt;lang&gt;…</c>): unique well-formed codes,
/// an existing supervising agency and an existing region.
/// </summary>
internal static class AgencyTableReader
{
    public static IReadOnlyList<Agency> Read(
        string packDirectory, AgencyTableSettings settings, IReadOnlyList<string> languages, RegionDirectory regions, PackErrorList errors)
    {
        string[] columns = ["code", "parent", "kind", "region", .. languages.Select(l => $"name_{l}")];
        var table = CsvTable.Read(packDirectory, settings.File, columns, errors);
        if (table is null)
        {
            if (!File.Exists(Path.Combine(packDirectory, settings.File)))
            {
                errors.Add(PackManifestReader.FileName, settings.FileLine, "agencies.file", $"file '{settings.File}' not found in the pack");
            }

            return [];
        }

        var pattern = new Regex(settings.CodePattern, RegexOptions.CultureInvariant);
        var agencies = new List<Agency>();
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var code = row["code"];
            if (!pattern.IsMatch(code))
            {
                errors.Add(table.File, row.Line, "code", $"'{code}' does not match the agency code pattern {pattern}");
                continue;
            }

            if (!lines.TryAdd(code, row.Line))
            {
                errors.Add(table.File, row.Line, "code", $"duplicate agency code {code} (first on line {lines[code]})");
                continue;
            }

            if (row.Optional("kind") is null)
            {
                errors.Add(table.File, row.Line, "kind", "kind is missing");
            }

            var region = row.Optional("region");
            if (region is not null && regions.Find(region) is null)
            {
                errors.Add(table.File, row.Line, "region", $"region {region} does not exist");
            }

            var names = TableNames.Read(table, row, languages, errors);
            agencies.Add(new Agency(code, row.Optional("parent"), row["kind"], region, names));
        }

        foreach (var agency in agencies.Where(a => a.ParentCode is not null && !lines.ContainsKey(a.ParentCode)))
        {
            errors.Add(table.File, lines[agency.Code], "parent", $"parent agency {agency.ParentCode} does not exist");
        }

        return agencies;
    }
}
