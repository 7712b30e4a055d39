using System.Globalization;
using Egov.Platform.Packs;
using Egov.Testing;

namespace Egov.Platform.Tests.Packs;

/// <summary>The pack's catalog of certificates issued online (<c>documents.yaml</c>).</summary>
public sealed class DocumentCatalogTests
{
    private const string File = "documents.yaml";

    [Fact]
    public void KrPack_ListsTheSevenCertificates_WithWhoMayAskAndWhatTheyCost()
    {
        var catalog = CountryPackLoader.Load(PackPaths.Kr).Pack!.Documents;

        Assert.Equal(
            ["resident-registration-copy", "resident-registration-abstract", "basic-certificate", "family-relation-certificate",
                "real-estate-register", "building-ledger", "business-registration-certificate"],
            catalog.Types.Select(t => t.Code));
        var family = catalog.Find("family-relation-certificate")!;
        Assert.Equal("가족관계증명서", family.NameIn(CultureInfo.GetCultureInfo("ko")));
        Assert.Equal(DocumentSources.Family, family.Source);
        Assert.Equal(["self", "family-member", "legal-representative", "power-of-attorney"], family.Requesters);
        Assert.True(family.MaskNumbersByDefault);
        Assert.Null(family.AddressHistory);
        Assert.Equal(new DocumentFees(0, 1000), family.Fees);
        Assert.Equal(90, family.VerifiableDays);
        Assert.Equal("certificates.issue", family.Service);
        Assert.Equal("가족관계의 등록 등에 관한 법률 제14조", family.LegalBasis);
        Assert.Equal("For a financial institution", family.Purposes[0].NameIn(CultureInfo.GetCultureInfo("en")));
        Assert.True(catalog.Find("resident-registration-abstract")!.AddressHistory);
        Assert.Equal([DocumentRequesters.Anyone], catalog.Find("real-estate-register")!.Requesters);
    }

    [Fact]
    public void PackWithoutTheFile_IssuesNothing()
    {
        using var pack = new TempPack();
        System.IO.File.Delete(pack.Path(File));

        Assert.Empty(CountryPackLoader.Load(pack.Directory).Pack!.Documents.Types);
    }

    [Theory]
    [InlineData("source: family", "source: families", "documents[3].source", "must be one of household, resident-history, person-basic, family, real-estate, building, company")]
    [InlineData("requesters: [anyone]\n    issuer:\n      ko: 법원행정처 등기", "requesters: [everyone]\n    issuer:\n      ko: 법원행정처 등기", "documents[4].requesters", "'everyone' is not one of self, household-member, family-member, legal-representative, power-of-attorney, company-representative, anyone")]
    [InlineData("fees: { online: 1000, counter: 1200 }", "fees: { online: 1000.5, counter: 1200 }", "documents[4].fees.online", "must be zero or more with at most 0 decimals (KRW)")]
    [InlineData("code: building-ledger", "code: Building Ledger", "documents[5].code", "must be lower-case words joined by '-' (e.g. family-relation-certificate)")]
    public void BrokenCatalog_IsReportedAtItsLineAndField(string text, string broken, string field, string message)
    {
        using var pack = new TempPack().Replace(File, text, broken);

        var errors = CountryPackLoader.Load(pack.Directory).Errors;

        Assert.Contains(errors, e => (e.File, e.Field, e.Message) == (File, field, message));
    }

    [Fact]
    public void EntryWithoutALegalBasis_IsRefused()
    {
        using var pack = new TempPack().Replace(File, "    legalBasis: 건축법 제38조\n", "");

        var errors = CountryPackLoader.Load(pack.Directory).Errors;

        Assert.Contains(errors, e => e.File == File && e.Field == "documents[5].legalBasis");
    }

    [Fact]
    public void PowerOfAttorneyWithoutADelegableService_IsRefused()
    {
        using var pack = new TempPack().Replace(File, "    service: certificates.issue\n    issuer: { ko: 국세청장", "    service: certificates.forge\n    issuer: { ko: 국세청장");

        var errors = CountryPackLoader.Load(pack.Directory).Errors;

        Assert.Contains(errors, e => (e.File, e.Field, e.Message) == (File, "documents[6].service", "not a service of delegation.yaml"));
    }

    [Fact]
    public void DuplicateCode_IsReportedWithTheFirstLine()
    {
        using var pack = new TempPack().Replace(File, "code: building-ledger", "code: real-estate-register");

        var errors = CountryPackLoader.Load(pack.Directory).Errors;

        var first = pack.LineOf(File, "code: real-estate-register");
        Assert.Contains(errors, e => (e.File, e.Field, e.Message) == (File, "documents[5].code", $"duplicate document code (first on line {first})"));
    }
}
