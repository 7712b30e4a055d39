using nietras.SeparatedValues;

namespace Egov.Platform.Packs;

/// <summary>
/// A pack CSV file read whole, with the line of each row kept for error messages. The header must hold
/// exactly the expected columns (in any order): a misspelt column would otherwise read as empty.
/// </summary>
internal sealed class CsvTable
{
    private CsvTable(string file, IReadOnlyList<CsvRow> rows)
    {
        File = file;
        Rows = rows;
    }

    public string File { get; }

    public IReadOnlyList<CsvRow> Rows { get; }

    public static CsvTable? Read(string packDirectory, string file, IReadOnlyCollection<string> columns, PackErrorList errors)
    {
        var fullPath = Path.Combine(packDirectory, file);
        if (!System.IO.File.Exists(fullPath))
        {
            return null;
        }

        using var reader = Sep.New(',').Reader(o => o with { Unescape = true, DisableColCountCheck = true }).FromFile(fullPath);
        var header = reader.Header.ColNames;
        var ok = true;
        foreach (var missing in columns.Where(c => !header.Contains(c)))
        {
            errors.Add(file, 1, missing, "required column is missing");
            ok = false;
        }

        foreach (var unknown in header.Where(c => !columns.Contains(c)))
        {
            errors.Add(file, 1, unknown, "unknown column");
            ok = false;
        }

        if (!ok)
        {
            return null;
        }

        var rows = new List<CsvRow>();
        foreach (var row in reader)
        {
            if (row.ColCount != header.Count)
            {
                errors.Add(file, row.LineNumberFrom, "", $"expected {header.Count} values, found {row.ColCount}");
                continue;
            }

            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var column in columns)
            {
                values[column] = row[column].ToString().Trim();
            }

            rows.Add(new CsvRow(row.LineNumberFrom, values));
        }

        return new CsvTable(file, rows);
    }
}

/// <summary>One data row: its 1-based line and its values by column.</summary>
internal sealed record CsvRow(int Line, IReadOnlyDictionary<string, string> Values)
{
    public string this[string column] => Values[column];

    public string? Optional(string column) => Values[column] is { Length: > 0 } v ? v : null;
}
