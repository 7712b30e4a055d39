using Egov.Testing;
using Egov.Platform.Packs;
using Egov.Platform.Packs.Demo;

namespace Egov.Platform.Tests.Packs;

/// <summary>Each test breaks one thing in the demo folder of a copy of the kr pack and expects one located error.</summary>
public sealed class DemoDataValidationTests
{
    private const string People = "demo/people.yaml";

    private static (string File, int Line, string Field) SingleError(TempPack pack, out string message)
    {
        var result = CountryPackLoader.Load(pack.Directory);
        var error = Assert.Single(result.Errors);
        message = error.Message;
        return (error.File, error.Line, error.Field);
    }

    [Fact]
    public void KrDemo_IsLoaded()
    {
        var pack = CountryPackLoader.Load(PackPaths.Kr).Pack!;

        Assert.Equal(19, pack.People!.AgeOfMajority);
        Assert.Equal((16, 3, 19, 4, 3, 7), (pack.Demo!.People.Count, pack.Demo.Companies.Count, pack.Demo.Officials.Count, pack.Demo.Households.Count, pack.Demo.Marriages.Count, pack.Demo.Parcels.Count));
        Assert.Contains(pack.Demo.People, p => p is { Key: "choi-malsun", IsAlive: false });
        Assert.Equal("7804121023453", pack.Demo.People.Single(p => p.Key == "kim-minjun").Identifier);
        Assert.Equal(new DemoPopulation(10_000, 2026, new DateOnly(2026, 11, 1)), pack.Demo.Population);
    }

    [Fact]
    public void DemoWithoutPopulationFile_HasNoGeneratedPopulation()
    {
        using var pack = new TempPack();
        File.Delete(pack.Path("demo/population.yaml"));

        Assert.Null(CountryPackLoader.Load(pack.Directory).Pack!.Demo!.Population);
    }

    [Fact]
    public void DemoPopulation_WithoutThePacksPopulationSettings_IsReported()
    {
        using var pack = new TempPack().Replace("pack.yaml", "population: population.yaml", "");

        var error = SingleError(pack, out var message);

        Assert.Equal(("pack.yaml", 1, "population"), error);
        Assert.Equal("required when the pack has demo/population.yaml", message);
    }

    [Fact]
    public void PackWithoutDemoFolder_HasNoDemo()
    {
        using var pack = new TempPack();
        Directory.Delete(pack.Path("demo"), recursive: true);

        Assert.Null(CountryPackLoader.Load(pack.Directory).Pack!.Demo);
    }

    [Fact]
    public void DuplicateIdentifier_IsReportedWithoutEchoingIt()
    {
        using var pack = new TempPack()
            .Replace(People, "identifier: 910304-2203659", "identifier: 8812032104751")
            .Replace(People, "birthDate: 1991-03-04", "birthDate: 1988-12-03");

        var error = SingleError(pack, out var message);

        Assert.Equal((People, pack.LineOf(People, "8812032104751"), "people[11].identifier"), error);
        Assert.Equal($"duplicate identifier (first on line {pack.LineOf(People, "881203-2104751")})", message);
    }

    [Fact]
    public void DuplicateKey_IsReported()
    {
        using var pack = new TempPack().Replace(People, "key: nguyen-thilan", "key: jung-woojin");

        // The references to nguyen-thilan fail too; the duplicate is reported once, where it is.
        var error = Assert.Single(CountryPackLoader.Load(pack.Directory).Errors, e => e.Message.StartsWith("duplicate key", StringComparison.Ordinal));

        Assert.Equal((People, pack.LineOf(People, "latinName: Jung Woojin") - 3, "people[8].key"), (error.File, error.Line, error.Field));
        Assert.Equal($"duplicate key (first on line {pack.LineOf(People, "key: jung-woojin")})", error.Message);
    }

    /// <summary>Each row: file, text to break, broken text (whose line the error names), field, message.</summary>
    [Theory]
    [InlineData(People, "780412-1023453", "780412-1023454", "people[2].identifier", "not a valid rrn: CheckDigit")]
    [InlineData(People, "birthDate: 1980-09-23", "birthDate: 1980-09-24", "people[3].birthDate", "the identifier encodes 1980-09-23")]
    [InlineData(People, "phone: \"+821012345678\"", "phone: \"010-1234-5678\"", "people[2].phone", "expected an E.164 number (+ and up to 15 digits)")]
    [InlineData(People, "died: 2024-08-19", "died: 1924-08-19", "people[1].died", "date of death is before the birth date")]
    [InlineData(People, "parents: [kim-youngsoo, choi-malsun]", "parents: [kim-youngsoo, choi-malsoon]", "people[2].parents[1]", "no person with key 'choi-malsoon' in demo/people.yaml")]
    [InlineData("demo/companies.yaml", "representatives: [jung-woojin]", "representatives: [jung-woo]", "companies[0].representatives[0]", "no person with key 'jung-woo' in demo/people.yaml")]
    [InlineData("demo/companies.yaml", "605-01-07784", "605-01-0778", "companies[2].businessNumber", "not a valid brn: Format")]
    [InlineData("demo/officials.yaml", "agency: \"1210000\"", "agency: \"1210001\"", "officials[3].agency", "agency 1210001 does not exist")]
    [InlineData("demo/officials.yaml", "roles: [official, registrar]", "roles: []", "officials[2].roles", "must list at least one value")]
    [InlineData("demo/households.yaml", "{ person: lee-seoyeon, relation: spouse", "{ person: lee-seoyeon, relation: wife", "households[0].members[1].relation", "unknown relation wife (one of spouse, child, child_in_law, grandchild, parent, parent_in_law, sibling, other)")]
    [InlineData("demo/households.yaml", "region: \"51170\", postalCode: \"25765\"", "region: \"99999\", postalCode: \"25765\"", "households[1].address.region", "region 99999 does not exist")]
    [InlineData("demo/households.yaml", "{ person: kim-youngsoo, relation: head", "{ person: kim-youngsu, relation: head", "households[1].members[0].person", "no person with key 'kim-youngsu' in demo/people.yaml")]
    [InlineData("demo/marriages.yaml", "spouses: [kim-minjun, lee-seoyeon]", "spouses: [kim-minjun, kim-minjun]", "marriages[1].spouses", "must name two different people")]
    [InlineData("demo/properties.yaml", "{ person: kim-minjun, share: 1/2", "{ person: kim-minjun, share: 2/3", "parcels[1].owners", "the owners' shares must sum to 1")]
    [InlineData("pack.yaml", "ageOfMajority: 19", "ageOfMajority: 0", "people.ageOfMajority", "must be between 1 and 150")]
    [InlineData("demo/population.yaml", "size: 10000", "size: 100001", "size", "must be between 1 and 100000")]
    [InlineData("demo/population.yaml", "asOf: 2026-11-01", "asOf: 2026-11-31", "asOf", "expected a date yyyy-MM-dd")]
    public void BrokenValue_IsReportedAtItsLineAndField(string file, string text, string broken, string field, string message)
    {
        using var pack = new TempPack().Replace(file, text, broken);

        var error = SingleError(pack, out var actual);

        Assert.Equal((file, pack.LineOf(file, broken), field, message), (error.File, error.Line, error.Field, actual));
    }

    [Fact]
    public void SexThatTheIdentifierContradicts_IsReported()
    {
        using var pack = new TempPack().Replace(People, "birthDate: 1992-05-17\n    sex: female", "birthDate: 1992-05-17\n    sex: male");

        var error = SingleError(pack, out var message);

        Assert.Equal((People, pack.LineOf(People, "birthDate: 1992-05-17") + 1, "people[7].sex"), error);
        Assert.Equal("the identifier encodes female", message);
    }

    [Fact]
    public void PeopleIdentifierOfAnotherKind_IsReported()
    {
        using var pack = new TempPack().Replace("pack.yaml", "people:\n  identifier: rrn", "people:\n  identifier: brn");

        var error = SingleError(pack, out var message);

        Assert.Equal(("pack.yaml", pack.LineOf("pack.yaml", "identifier: brn"), "people.identifier"), error);
        Assert.Equal("identifier 'brn' is of kind business, not person", message);
    }
}
