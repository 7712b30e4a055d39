using Egov.Testing;
using Egov.Platform.Packs;

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
        Assert.Equal((12, 3, 4), (pack.Demo!.People.Count, pack.Demo.Companies.Count, pack.Demo.Officials.Count));
        Assert.Contains(pack.Demo.People, p => p is { Key: "choi-malsun", IsAlive: false });
        Assert.Equal("7804121023453", pack.Demo.People.Single(p => p.Key == "kim-minjun").Identifier);
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

        var error = SingleError(pack, out var message);

        Assert.Equal((People, pack.LineOf(People, "latinName: Jung Woojin") - 3, "people[8].key"), error);
        Assert.Equal($"duplicate key (first on line {pack.LineOf(People, "key: jung-woojin")})", message);
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
    [InlineData("demo/officials.yaml", "roles: [official]", "roles: []", "officials[2].roles", "must list at least one value")]
    [InlineData("pack.yaml", "ageOfMajority: 19", "ageOfMajority: 0", "people.ageOfMajority", "must be between 1 and 150")]
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
