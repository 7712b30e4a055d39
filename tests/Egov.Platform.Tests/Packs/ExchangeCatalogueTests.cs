using System.Globalization;
using Egov.Platform.Packs;
using Egov.Testing;

namespace Egov.Platform.Tests.Packs;

/// <summary>The pack's once-only exchange: datasets, purposes and feeds (<c>exchange.yaml</c>).</summary>
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
    public void KrPack_NamesEachFeedsLawKindsAndFields()
    {
        var exchange = CountryPackLoader.Load(PackPaths.Kr).Pack!.Exchange;

        Assert.Equal(["local-tax.residents", "benefits.deaths"], exchange.Feeds.Select(f => f.Code));
        var tax = exchange.Feed("local-tax.residents")!;
        Assert.Equal(["move_in", "death"], tax.Kinds.Select(k => k.Name));
        Assert.Equal(["kind", "effectiveOn", "resident", "region"], tax.Fields.Select(f => f.Name));
        Assert.StartsWith("지방세기본법 제130조", tax.LegalBasis, StringComparison.Ordinal);
        Assert.Equal("Move-ins and deaths for local tax", tax.NameIn(CultureInfo.GetCultureInfo("en")));
        Assert.Null(exchange.Purpose("local-tax.residents"));
        Assert.Null(exchange.Feed("tax.assessment"));
    }

    [Fact]
    public void PackWithoutTheFile_HasNoPurposeAndNoFeed()
    {
        using var pack = new TempPack();
        System.IO.File.Delete(pack.Path(File));

        var exchange = CountryPackLoader.Load(pack.Directory).Pack!.Exchange;
        Assert.Empty(exchange.Purposes);
        Assert.Empty(exchange.Feeds);
    }

    [Fact]
    public void PackWithoutFeeds_LoadsWithNone()
    {
        using var pack = new TempPack();
        var text = System.IO.File.ReadAllText(pack.Path(File));
        System.IO.File.WriteAllText(pack.Path(File), text[..text.IndexOf("\nfeeds:", StringComparison.Ordinal)]);

        var loaded = CountryPackLoader.Load(pack.Directory);

        Assert.Empty(loaded.Errors);
        Assert.Empty(loaded.Pack!.Exchange.Feeds);
        Assert.NotEmpty(loaded.Pack.Exchange.Purposes);
    }

    [Fact]
    public void FeedWithAPurposesCode_IsRefused_ForAGrantNamesEither()
    {
        using var pack = new TempPack().Replace(File, "  - code: benefits.deaths", "  - code: benefits.eligibility");

        var errors = CountryPackLoader.Load(pack.Directory).Errors;

        var line = pack.LineOf(File, "  - code: benefits.eligibility");
        Assert.Contains(errors, e => (e.File, e.Field, e.Message) == (File, "feeds[1].code", $"duplicate purpose or feed code (first on line {line})"));
    }

    [Theory]
    [InlineData("      household: [size]\n", "      households: [size]\n", "purposes[0].receives.households", "unknown dataset 'households' (not in datasets)")]
    [InlineData("      household: [size]\n", "      household: [size, income]\n", "purposes[0].receives.household[1]", "'income' is not a field of dataset household")]
    [InlineData("    consent: false\n", "    consent: maybe\n", "purposes[0].consent", "expected true or false")]
    [InlineData("  - code: tax.assessment", "  - code: Tax Assessment", "purposes[2].code", "must be lower-case dotted words (e.g. resident.basic)")]
    [InlineData("ja: 世帯情報 }", "jp: 世帯情報 }", "datasets[2].names.jp", "language 'jp' is not in languages")]
    [InlineData("fields: [size, relationToHead, formedOn]", "fields: [size, size]", "datasets[2].fields", "duplicate field 'size'")]
    [InlineData("    kinds: [death]\n", "    kinds: [death, death]\n", "feeds[1].kinds", "duplicate kind 'death'")]
    [InlineData("    kinds: [death]\n", "    kinds: []\n", "feeds[1].kinds", "must list at least one kind")]
    [InlineData("    fields: [kind, effectiveOn, resident]\n", "    field: [kind]\n", "feeds[1].field", "unknown field")]
    public void BrokenExchange_IsReportedAtItsLineAndField(string text, string broken, string field, string message)
    {
        using var pack = new TempPack().Replace(File, text, broken);

        var errors = CountryPackLoader.Load(pack.Directory).Errors;

        var line = pack.LineOf(File, broken.Split('\n')[0]);
        Assert.Contains(errors, e => (e.File, e.Line, e.Field, e.Message) == (File, line, field, message));
    }

    [Fact]
    public void FeedWithoutLegalBasis_IsRefused()
    {
        using var pack = new TempPack().Replace(File, "    legalBasis: 사회보장급여의 이용·제공 및 수급권자 발굴에 관한 법률 제12조, 전자정부법 제36조\n    kinds", "    kinds");

        var errors = CountryPackLoader.Load(pack.Directory).Errors;

        Assert.Contains(errors, e => (e.File, e.Field, e.Message) == (File, "feeds[1].legalBasis", "required field is missing"));
    }

    [Fact]
    public void PurposeWithoutLegalBasis_IsRefused()
    {
        using var pack = new TempPack().Replace(File, "    legalBasis: 지방세기본법 제130조, 전자정부법 제36조\n", "");

        var errors = CountryPackLoader.Load(pack.Directory).Errors;

        Assert.Contains(errors, e => (e.File, e.Field, e.Message) == (File, "purposes[2].legalBasis", "required field is missing"));
    }
}
