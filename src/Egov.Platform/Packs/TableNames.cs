namespace Egov.Platform.Packs;

/// <summary>Reads the <c>name_&lt;lang&gt;</c> columns of a row: every pack language needs a name.</summary>
internal static class TableNames
{
    public static IReadOnlyDictionary<string, string> Read(CsvTable table, CsvRow row, IReadOnlyList<string> languages, PackErrorList errors)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var language in languages)
        {
            var column = $"name_{language}";
            if (row.Optional(column) is { } name)
            {
                names[language] = name;
            }
            else
            {
                errors.Add(table.File, row.Line, column, "name is missing");
            }
        }

        return names;
    }
}
