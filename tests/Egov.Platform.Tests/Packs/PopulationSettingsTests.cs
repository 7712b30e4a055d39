using Egov.Platform.Packs;
using Egov.Testing;

namespace Egov.Platform.Tests.Packs;

/// <summary>The pack's population settings (<c>population.yaml</c>), read and checked with the rest of the pack.</summary>
public sealed class PopulationSettingsTests
{
    private const string File = "population.yaml";

    private static PackError SingleError(TempPack pack) => PackValidationTests.SingleError(pack);

    [Fact]
    public void KrPack_DescribesKoreasPopulation()
    {
        var pack = CountryPackLoader.Load(PackPaths.Kr).Pack!;
        var population = pack.Population!;

        Assert.True(population.Surnames.Count >= 30);
        Assert.Equal(("김", "Kim"), (population.Surnames[0].Value.Name, population.Surnames[0].Value.Latin));
        Assert.True(population.GivenNames.SelectMany(e => e.Male).Select(n => n.Name).Distinct().Count() >= 40);
        Assert.True(population.GivenNames.SelectMany(e => e.Female).Select(n => n.Name).Distinct().Count() >= 40);
        Assert.Equal(pack.Regions.All.Count(r => !pack.Regions.ChildrenOf(r.Code).Any()), population.Regions.Count);
        Assert.InRange(population.Regions.Sum(r => r.Weight), 50_000_000, 52_500_000);
        Assert.Single(population.LandCategories, c => c.ForBuildings);
    }

    [Fact]
    public void RegionWithDistricts_IsReported()
    {
        using var pack = new TempPack().Replace(File, "  \"41111\": 270000", "  \"41110\": 270000");

        var errors = CountryPackLoader.Load(pack.Directory).Errors;

        Assert.Contains(new PackError(File, pack.LineOf(File, "\"41110\": 270000"), "regions.41110", "not a deepest-level region (it has districts)"), errors);
        Assert.Contains(errors, e => e.Field == "regions.41111" && e.Message == "deepest-level region has no population");
    }

    [Fact]
    public void PercentOutOfRange_IsReported()
    {
        using var pack = new TempPack().Replace(File, "ownerOccupiedPercent: 57", "ownerOccupiedPercent: 157");

        var error = SingleError(pack);

        Assert.Equal(new PackError(File, pack.LineOf(File, "ownerOccupiedPercent: 157"), "ownerOccupiedPercent", "must be a percentage between 0 and 100"), error);
    }

    [Fact]
    public void GivenNameWithoutLatinSpelling_IsReported()
    {
        using var pack = new TempPack().Replace(File, "영수 Youngsoo,", "영수,");

        var error = SingleError(pack);

        Assert.Equal((File, pack.LineOf(File, "영수,"), "givenNames[0].male", "'영수': expected the name, a space and its Latin spelling"),
            (error.File, error.Line, error.Field, error.Message));
    }

    [Fact]
    public void MissingFile_IsReportedWherePackYamlNamesIt()
    {
        using var pack = new TempPack();
        System.IO.File.Delete(pack.Path(File));

        var error = SingleError(pack);

        Assert.Equal(new PackError("pack.yaml", pack.LineOf("pack.yaml", "population: population.yaml"), "population", "file 'population.yaml' not found in the pack"), error);
    }

    [Fact]
    public void PersonIdentifierThatCannotBeGenerated_IsReported()
    {
        using var pack = new TempPack().Replace("pack.yaml", @"(?<serial>\d{5})", @"(?<serial>\d{4,5})");

        var errors = CountryPackLoader.Load(pack.Directory).Errors;

        Assert.Contains(errors, e => e.File == "pack.yaml" && e.Field == "population" && e.Message.StartsWith("identifier 'rrn' cannot be generated:", StringComparison.Ordinal));
    }

    [Fact]
    public void Layout_OfFixedDigitGroups_IsRead_AndOtherPatternsHaveNone()
    {
        var layout = IdentifierLayout.TryRead(@"^(?<yy>\d{2})(?<mm>\d{2})(?<dd>\d{2})(?<s>\d)(?<serial>\d{5})(?<check>\d)$", out _)!;

        Assert.Equal(["yy:2", "mm:2", "dd:2", "s:1", "serial:5", "check:1"], layout.Parts.Select(p => $"{p.Group}:{p.Length}"));
        Assert.Equal(["+", "8", "2", "carrier:2"], IdentifierLayout.TryRead(@"^\+82(?<carrier>\d{2})$", out _)!.Parts.Select(p => p.Literal ?? $"{p.Group}:{p.Length}"));
        Assert.Null(IdentifierLayout.TryRead(@"^\+82(?<carrier>1\d)(?<middle>\d{3,4})(?<last>\d{4})$", out var problem));
        Assert.NotNull(problem);
    }
}
