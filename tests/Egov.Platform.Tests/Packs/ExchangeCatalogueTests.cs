using System.Globalization;
using Egov.Platform.Packs;
using Egov.Testing;

namespace Egov.Platform.Tests.Packs;

/// <summary>The pack's once-only exchange: datasets and purposes (<c>exchange.yaml</c>).</summary>
public sealed class ExchangeCatalogueTests
{
    private const string File = "exchange.yaml";

    [Fact]
    public void KrPack_NamesEachPurposesLawConsentAndFields()
    {
        var exchange = CountryPackLoader.Load(PackPaths.Kr).Pack!.Exchange;

        Assert.Equal(["resident.basic", "resident.address", "household", "family", "real-estate", "business"], exchange.Datasets.Select(d => d.Code));
        var bank = exchange.Purpose("bank.account-opening")!;
        Assert.True(bank.NeedsConsent);
        Assert.Contains("동의", bank.LegalBasis, StringComparison.Ordinal);
        Assert.Equal(
            ["resident.basic.name", "resident.basic.birthDate", "resident.address.region", "resident.address.postalCode", "resident.address.road", "resident.address.building", "resident.address.detail"],
            bank.QualifiedFields);
        var benefits = exchange.Purpose("benefits.eligibility")!;
        Assert.False(benefits.NeedsConsent);
        Assert.Equal(["resident.basic.name", "resident.basic.birthDate", "household.size", "resident.address.region"], benefits.QualifiedFields);
        Assert.Equal("Checking eligibility for benefits", benefits.NameIn(CultureInfo.GetCultureInfo("en")));
    }

    [Fact]
    public void PackWithoutTheFile_HasNoPurpose()
    {
        using var pack = new TempPack();
        System.IO.File.Delete(pack.Path(File));

        Assert.Empty(CountryPackLoader.Load(pack.Directory).Pack!.Exchange.Purposes);
    }

    [Theory]
    [InlineData("      household: [size]\n", "      households: [size]\n", "purposes[0].receives.households", "unknown dataset 'households' (not in datasets)")]
    [InlineData("      household: [size]\n", "      household: [size, income]\n", "purposes[0].receives.household[1]", "'income' is not a field of dataset household")]
    [InlineData("    consent: false\n", "    consent: maybe\n", "purposes[0].consent", "expected true or false")]
    [InlineData("  - code: tax.assessment", "  - code: Tax Assessment", "purposes[2].code", "must be lower-case dotted words (e.g. resident.basic)")]
    [InlineData("ja: 世帯情報 }", "jp: 世帯情報 }", "datasets[2].names.jp", "language 'jp' is not in languages")]
    [InlineData("fields: [size, relationToHead, formedOn]", "fields: [size, size]", "datasets[2].fields", "duplicate field 'size'")]
    public void BrokenExchange_IsReportedAtItsLineAndField(string text, string broken, string field, string message)
    {
        using var pack = new TempPack().Replace(File, text, broken);

        var errors = CountryPackLoader.Load(pack.Directory).Errors;

        var line = pack.LineOf(File, broken.Split('\n')[0]);
        Assert.Contains(errors, e => (e.File, e.Line, e.Field, e.Message) == (File, line, field, message));
    }

    [Fact]
    public void PurposeWithoutLegalBasis_IsRefused()
    {
        using var pack = new TempPack().Replace(File, "    legalBasis: 지방세기본법 제130조, 전자정부법 제36조\n", "");

        var errors = CountryPackLoader.Load(pack.Directory).Errors;

        Assert.Contains(errors, e => (e.File, e.Field, e.Message) == (File, "purposes[2].legalBasis", "required field is missing"));
    }
}
