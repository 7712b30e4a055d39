using Egov.Platform.Packs;
using Egov.Testing;

namespace Egov.Platform.Tests.Packs;

/// <summary>The pack's organisation (<c>org.yaml</c>, <c>demo/org.yaml</c>, placements in <c>demo/officials.yaml</c>).</summary>
public sealed class OrgSettingsTests
{
    private const string File = "org.yaml";
    private const string DemoOrg = "demo/org.yaml";
    private const string DemoOfficials = "demo/officials.yaml";

    [Fact]
    public void KrPack_RanksItsPosts_AndStartsAgenciesFromItsDelegationTable()
    {
        var org = CountryPackLoader.Load(PackPaths.Kr).Pack!.Org;

        Assert.Equal([1, 2, 3, 3, 4, 5, 6], org.Posts.Select(p => p.Rank));
        Assert.Equal(("과장", "Director of division", "課長"), (org.FindPost("division-head")!.Names["ko"], org.FindPost("division-head")!.Names["en"], org.FindPost("division-head")!.Names["ja"]));
        Assert.Equal("agency-head", org.TopPost!.Code);
        Assert.Equal(9, org.Grades.Count);
        Assert.Equal(["general", "expenditure", "contract", "personnel", "regulation", "inspection-report"], org.DocumentTypes.Select(t => t.Code));
        var expenditure = org.DefaultDelegation.Where(r => r.DocumentType == "expenditure").ToList();
        Assert.Equal(["division-head", "bureau-head", "deputy-head"], expenditure.Select(r => r.PostCode));
        Assert.Equal("bureau-head", expenditure.Single(r => r.Covers(10_000_000m)).PostCode);
        Assert.Equal("division-head", expenditure.Single(r => r.Covers(9_999_999m)).PostCode);
        Assert.Equal("division-head", expenditure.Single(r => r.Covers(null)).PostCode);
    }

    [Fact]
    public void KrDemo_PlacesItsOfficialsInDepartmentTrees()
    {
        var demo = CountryPackLoader.Load(PackPaths.Kr).Pack!.Demo!;

        Assert.Equal(["SEOUL", "MOIS", "NTS", "MOHW"], demo.Departments.Where(d => d.Parent is null).Select(d => d.Code));
        Assert.Equal("WELFARE", demo.Departments.Single(d => d.Code == "WELFARE-POLICY").Parent);
        var mayor = demo.Officials.Single(o => o.EmployeeNumber == "SEOUL-1998-0001");
        Assert.Equal((null, "김정훈", "SEOUL", "agency-head", "grade-1"), (mayor.Person, mayor.Name, mayor.Department, mayor.Post, mayor.Grade));
        Assert.All(demo.Officials, o => Assert.NotNull(o.Department));
    }

    [Theory]
    [InlineData(File, "    post: division-head\n    subject: { ko: 소관", "    post: division-chief\n    subject: { ko: 소관", "delegation[0].post", "post 'division-chief' is not in posts")]
    [InlineData(File, "  - documentType: general", "  - documentType: minutes", "delegation[0].documentType", "document type 'minutes' is not in documentTypes")]
    [InlineData(File, "    min: 10000000\n    max: 100000000", "    min: 10000000\n    max: 1000", "delegation[2].max", "must be more than min (min is inclusive, max exclusive)")]
    [InlineData(File, "    max: 10000000\n", "    max: 10,000,000\n", "delegation[1].max", "expected an amount (a number, no sign or separators)")]
    [InlineData(File, "    rank: 1\n", "    rank: 0\n", "posts[0].rank", "must be 1 or more (1 is the most authority)")]
    [InlineData(File, "  - code: staff", "  - code: bureau-head", "posts[6].code", "duplicate post code (first on line 14)")]
    [InlineData(DemoOrg, "    parent: WELFARE\n    names: { ko: 복지정책과", "    parent: NOWHERE\n    names: { ko: 복지정책과", "departments[2].parent", "no department 'NOWHERE' of agency 6110000 listed before this one")]
    [InlineData(DemoOrg, "ja: ソウル特別市 }\n    head: agency-head", "ja: ソウル特別市 }\n    head: mayor", "departments[0].head", "post 'mayor' is not in org.yaml")]
    [InlineData(DemoOfficials, "    department: DIGITAL-GOV", "    department: NOWHERE", "officials[0].department", "no department 'NOWHERE' of agency 1741000 in demo/org.yaml")]
    [InlineData(DemoOfficials, "    grade: grade-1\n", "    grade: grade-10\n", "officials[4].grade", "grade 'grade-10' is not in org.yaml")]
    [InlineData(DemoOfficials, "  - name: 김정훈\n    employeeNumber", "  - employeeNumber", "officials[4].person", "give the person's key, or the official's name when they are no demo resident")]
    public void BrokenEntry_IsReportedAtItsField(string file, string original, string broken, string field, string message)
    {
        using var pack = new TempPack().Replace(file, original, broken);

        var errors = CountryPackLoader.Load(pack.Directory).Errors;

        Assert.Contains(errors, e => (e.File, e.Field, e.Message) == (file, field, message));
    }

    [Fact]
    public void OverlappingRows_AreReported_NamingTheFirst()
    {
        using var pack = new TempPack().Replace(File, "    min: 10000000\n    max: 100000000", "    min: 9000000\n    max: 100000000");

        var errors = CountryPackLoader.Load(pack.Directory).Errors;

        Assert.Contains(errors, e => e.File == File && e.Field == "delegation[2]" && e.Message.StartsWith("overlaps the expenditure row on line", StringComparison.Ordinal));
    }

    [Fact]
    public void DuplicateDepartmentCode_InOneAgency_IsReported()
    {
        using var pack = new TempPack().Replace(DemoOrg, "    code: SENIOR-WELFARE", "    code: WELFARE-POLICY");

        var errors = CountryPackLoader.Load(pack.Directory).Errors;

        Assert.Contains(errors, e => e.File == DemoOrg && e.Field == "departments[3].code" && e.Message.StartsWith("duplicate department code in the agency", StringComparison.Ordinal));
    }
}
