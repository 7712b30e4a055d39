using Egov.Platform.Packs;
using Egov.Testing;

namespace Egov.Platform.Tests.Packs;

/// <summary>The pack's catalogue of services a power of attorney can name (<c>delegation.yaml</c>).</summary>
public sealed class DelegationCatalogueTests
{
    private const string File = "delegation.yaml";

    [Fact]
    public void KrPack_OffersItsServices_ForTwelveMonthsAtMost()
    {
        var delegation = CountryPackLoader.Load(PackPaths.Kr).Pack!.Delegation;

        Assert.Equal(12, delegation.MaxMonths);
        Assert.Equal(["certificates.issue", "residence.report-move", "benefits.apply", "tax.file-return"], delegation.Services.Select(s => s.Code));
        Assert.Equal("증명서 발급", delegation.Find("certificates.issue")!.Names["ko"]);
    }

    [Fact]
    public void PackWithoutTheFile_DelegatesNothing()
    {
        using var pack = new TempPack();
        System.IO.File.Delete(pack.Path(File));
        // The certificate catalog names delegable services: a pack without delegation has none to name.
        System.IO.File.Delete(pack.Path("documents.yaml"));

        Assert.Empty(CountryPackLoader.Load(pack.Directory).Pack!.Delegation.Services);
    }

    [Theory]
    [InlineData("maxMonths: 12", "maxMonths: 0", "maxMonths", "must be between 1 and 120")]
    [InlineData("code: tax.file-return", "code: Tax Returns", "services[3].code", "must be lower-case dotted words (e.g. certificates.issue)")]
    [InlineData("ja: 税の申告 }", "jp: 税の申告 }", "services[3].names.jp", "language 'jp' is not in languages")]
    public void BrokenCatalogue_IsReportedAtItsLineAndField(string text, string broken, string field, string message)
    {
        using var pack = new TempPack().Replace(File, text, broken);

        var errors = CountryPackLoader.Load(pack.Directory).Errors;

        Assert.Contains(errors, e => (e.File, e.Line, e.Field, e.Message) == (File, pack.LineOf(File, broken), field, message));
    }

    [Fact]
    public void DuplicateCode_IsReportedWithTheFirstLine()
    {
        using var pack = new TempPack().Replace(File, "code: tax.file-return", "code: benefits.apply");

        var errors = CountryPackLoader.Load(pack.Directory).Errors;

        var first = pack.LineOf(File, "code: benefits.apply");
        Assert.Contains(errors, e => (e.File, e.Field, e.Message) == (File, "services[3].code", $"duplicate service code (first on line {first})") && e.Line > first);
    }
}
