using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Egov.Registries.Population;
using Egov.Registries.Tests.Support;
using Egov.Testing;

namespace Egov.Registries.Tests.Population;

public sealed partial class PopulationFileTests
{
    private static string Hash(string directory) => Convert.ToHexString(SHA256.HashData(
        PopulationFiles.Layout.SelectMany(f => File.ReadAllBytes(Path.Combine(directory, f.File))).ToArray()));

    private static string GenerateInto(long seed, DateOnly asOf, int size = 3_000)
    {
        var directory = Directory.CreateTempSubdirectory("egov-population-").FullName;
        PopulationGenerator.Generate(KrPack.Pack, new PopulationRequest(size, seed, asOf, directory));
        return directory;
    }

    [Fact]
    public void SamePackSizeSeedAndDate_GiveByteIdenticalFiles_AnotherSeedDoesNot()
    {
        var asOf = new DateOnly(2025, 1, 1);
        string[] folders = [GenerateInto(5, asOf), GenerateInto(5, asOf), GenerateInto(6, asOf)];
        try
        {
            Assert.Equal(Hash(folders[0]), Hash(folders[1]));
            Assert.NotEqual(Hash(folders[0]), Hash(folders[2]));
        }
        finally
        {
            foreach (var folder in folders)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public void Files_HaveExactlyTheHeadersOfDocsRegistries_WithoutByteOrderMark_AndWithNewlineEnds()
    {
        var documented = DocumentedFiles().ToList();
        Assert.Equal(documented, PopulationFiles.Layout.Select(f => (f.File, f.Header)));

        var folder = GenerateInto(1, new DateOnly(2025, 1, 1), size: 200);
        try
        {
            foreach (var (file, header) in documented)
            {
                var bytes = File.ReadAllBytes(Path.Combine(folder, file));
                Assert.False(bytes is [0xEF, 0xBB, 0xBF, ..], file);
                Assert.DoesNotContain((byte)'\r', bytes);
                Assert.StartsWith(header + "\n", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The table of docs/registries.md: <c>| `file.csv` | `col,col` | notes |</c>.</summary>
    private static IEnumerable<(string File, string Header)> DocumentedFiles() =>
        File.ReadLines(Path.Combine(RepoPaths.Root, "docs", "registries.md"))
            .Select(line => TableRow().Match(line))
            .Where(m => m.Success)
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value));

    [GeneratedRegex(@"^\| `([a-z_]+\.csv)` \| `([a-z_,0-9]+)` \|")]
    private static partial Regex TableRow();
}
