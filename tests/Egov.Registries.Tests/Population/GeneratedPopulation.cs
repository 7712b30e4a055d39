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

    /// <summary>Rows of each file by name, each a column → value map (empty text for an empty field).</summary>
    public Dictionary<string, List<Dictionary<string, string>>> Files { get; } = [];

    public List<Dictionary<string, string>> this[string file] => Files[file];

    public static List<Dictionary<string, string>> Read(string path)
    {
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true }).FromFile(path);
        var header = reader.Header.ColNames;
        var rows = new List<Dictionary<string, string>>();
        foreach (var row in reader)
        {
            var values = new Dictionary<string, string>(header.Count, StringComparer.Ordinal);
            foreach (var column in header)
            {
                values[column] = row[column].ToString();
            }

            rows.Add(values);
        }

        return rows;
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
