using Egov.Registries.Tests.Support;

namespace Egov.Registries.Tests;

/// <summary><see cref="IRegisterFiles.ExportAsync"/>: what was imported comes back byte for byte.</summary>
public sealed class RegisterExportTests
{
    [Fact]
    public async Task Export_AfterImport_WritesTheSameFiles()
    {
        using var folder = new PopulationFolder();
        await using var register = await ImportTestRegister.CreateAsync();
        Assert.True((await register.ImportAsync(folder.Directory, batchSize: 4)).Succeeded);
        var exported = Path.Combine(folder.Root, "exported");

        var result = await register.ExportAsync(exported);

        Assert.Equal("census", result.Source);
        foreach (var file in Directory.GetFiles(folder.Directory).Select(Path.GetFileName))
        {
            Assert.Equal(File.ReadAllText(folder.PathOf(file!)), File.ReadAllText(Path.Combine(exported, file!)));
        }

        Assert.Equal(11, Directory.GetFiles(exported).Length);
    }

    [Fact]
    public async Task Export_TwoSources_WritesOnlyTheOneNamed()
    {
        using var census = new PopulationFolder();
        using var other = new PopulationFolder("other");
        foreach (var (file, line) in new[] { ("residents.csv", 2), ("residents.csv", 3), ("residents.csv", 4), ("residents.csv", 5), ("residents.csv", 6), ("residents.csv", 7) })
        {
            var fields = other.Lines(file)[line - 1].Split(',');
            fields[1] = PopulationFolder.Rrn(DateOnly.Parse(fields[4], System.Globalization.CultureInfo.InvariantCulture), fields[5] == "male", 88000 + line);
            other.Replace(file, line, string.Join(',', fields));
        }

        other.Replace("companies.csv", 2, "1,2208800037,주식회사 엔조이,11110,1,active,2015-01-01,").Replace("companies.csv", 3, "2,2208800045,옛상회,11140,,closed,1990-01-01,2019-12-31");
        await using var register = await ImportTestRegister.CreateAsync();
        Assert.True((await register.ImportAsync(census.Directory)).Succeeded);
        Assert.True((await register.ImportAsync(other.Directory, source: "other")).Succeeded);

        await Assert.ThrowsAsync<InvalidOperationException>(() => register.ExportAsync(Path.Combine(census.Root, "any")));
        var result = await register.ExportAsync(Path.Combine(census.Root, "exported"), source: "census");

        Assert.Equal(6, result.Files.Single(f => f.File == "residents.csv").Rows);
        Assert.Equal(File.ReadAllText(census.PathOf("residents.csv")), File.ReadAllText(Path.Combine(census.Root, "exported", "residents.csv")));
    }
}
