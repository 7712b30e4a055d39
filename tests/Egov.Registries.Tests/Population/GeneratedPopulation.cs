using Egov.Registries.Population;
using Egov.Registries.Tests.Support;
using nietras.SeparatedValues;

namespace Egov.Registries.Tests.Population;

/// <summary>A population of the kr pack generated once into a temp folder and read back, shared by the tests of a class.</summary>
public sealed class GeneratedPopulation : IDisposable
{
    public const int Size = 50_000;
    public static readonly DateOnly AsOf = new(2025, 1, 1);

    public GeneratedPopulation()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("egov-population-").FullName;
        Summary = PopulationGenerator.Generate(KrPack.Pack, new PopulationRequest(Size, 42, AsOf, Directory));
        foreach (var (file, _) in PopulationFiles.Layout)
        {
            Files[file] = Read(Path.Combine(Directory, file));
        }
    }

    public string Directory { get; }

    public PopulationSummary Summary { get; }

    /// <summary>Rows of each file by name (empty text for an empty field).</summary>
    public Dictionary<string, List<PopulationRow>> Files { get; } = [];

    public List<PopulationRow> this[string file] => Files[file];

    public static List<PopulationRow> Read(string path)
    {
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true }).FromFile(path);
        var columns = reader.Header.ColNames.Select((name, i) => (name, i)).ToDictionary(c => c.name, c => c.i, StringComparer.Ordinal);
        var rows = new List<PopulationRow>();
        foreach (var row in reader)
        {
            var values = new string[columns.Count];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = row[i].ToString();
            }

            rows.Add(new PopulationRow(columns, values));
        }

        return rows;
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}

/// <summary>One CSV row, read by column name.</summary>
public sealed class PopulationRow(IReadOnlyDictionary<string, int> columns, string[] values)
{
    public string this[string column] => values[columns[column]];
}
