using System.Net;
using System.Text.Json;
using Egov.Documents.Domain;
using Egov.Documents.Issuance;
using Egov.Registries.Contracts;
using Egov.Registries.Domain;
using Egov.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Documents.Tests;

/// <summary>
/// Certificates about what people own and run (packs/kr/demo): the land register transcript and building ledger of
/// the villa Kim Minjun and Lee Seoyeon own half each, and a business registration certificate of Jung Woojin's
/// cooperative; asked for from the wallet, where only the signed-in person's own holdings can be chosen.
/// </summary>
public sealed class PropertyAndCompanyCertificateTests(EgovHostFixture host) : IClassFixture<EgovHostFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ResidentId Resident(string key) => new(StableId.For("kr", "resident", key));

    private static CertificateSubject Villa => new(SubjectKinds.Building, StableId.For("kr", "building", "jongno-buam-100-apartment"));

    private async Task<IssueResult> IssueAsync(string type, CertificateSubject subject, string requestedAs, string holder = "kim-minjun")
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DocumentIssuer>().IssueAsync(
            new IssueRequest(type, subject, Resident(holder), requestedAs, "ko", null, null, null, "account:test", null), Ct);
    }

    private Task<JsonElement> VerifyAsync(object body) => VerifyApi.CheckAsync(host.Factory, body);

    [Fact]
    public async Task LandRegisterTranscript_OfABuilding_AttestsLandBuildingAndOwners_Masked_AndVerifies()
    {
        var issued = await IssueAsync("real-estate-register", Villa, "anyone");

        Assert.Null(issued.Refusal);
        var answer = await VerifyAsync(new { pdf = Convert.ToBase64String(issued.Files!.Pdf) });
        Assert.Equal("valid", answer.GetProperty("status").GetString());
        var facts = answer.GetProperty("document").GetProperty("facts");
        var property = facts.GetProperty("property");
        Assert.Equal(("building", "대"), (property.GetProperty("kind").GetString(), property.GetProperty("landCategory").GetString()));
        Assert.Equal("자하문빌라", property.GetProperty("building").GetProperty("name").GetString());
        Assert.Equal(
            [("김민준", "780412-1******", "1/2"), ("이서연", "800923-2******", "1/2")],
            facts.GetProperty("owners").EnumerateArray().Select(o => (o.GetProperty("name").GetString(), o.GetProperty("identifier").GetString(), o.GetProperty("share").GetString())));
        Assert.Empty(facts.GetProperty("encumbrances").EnumerateArray());
        Assert.Equal("valid", (await VerifyAsync(new { credential = issued.Files.Credential })).GetProperty("status").GetString());
    }

    [Fact]
    public async Task BusinessRegistrationCertificate_ForItsRepresentative_NamesTheCompanyAndRepresentatives()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var holdings = await scope.ServiceProvider.GetRequiredService<IRegisterExtracts>().HoldingsAsync(
            Resident("jung-woojin"), "ko", new DataPurpose("account:test", "test", "test"), Ct);
        var coop = holdings.Companies.Single(c => c.BusinessNumber == "214-86-20313");

        var issued = await IssueAsync("business-registration-certificate", CertificateSubject.OfCompany(coop.Id), "company-representative", "jung-woojin");

        Assert.Null(issued.Refusal);
        var facts = JsonDocument.Parse(issued.Document!.Facts).RootElement;
        Assert.Equal("푸른들협동조합", facts.GetProperty("company").GetProperty("name").GetString());
        Assert.Equal(2, facts.GetProperty("representatives").GetArrayLength());
        Assert.Equal(("company", coop.Id), (issued.Document.SubjectKind, issued.Document.SubjectId));
    }

    [Theory]
    [InlineData("building-ledger", SubjectKinds.Parcel, "jongno-buam-100", "anyone", IssueRefusals.WrongSubject)]
    [InlineData("real-estate-register", SubjectKinds.Resident, "kim-minjun", "anyone", IssueRefusals.WrongSubject)]
    [InlineData("business-registration-certificate", SubjectKinds.Company, "no-such-company", "company-representative", IssueRefusals.UnknownSubject)]
    [InlineData("building-ledger", SubjectKinds.Building, "jongno-buam-100-apartment", "self", IssueRefusals.RequesterNotAllowed)]
    public async Task AMismatchedOrUnknownSubject_IsRefused(string type, string kind, string key, string requestedAs, string refusal)
    {
        var result = await IssueAsync(type, new CertificateSubject(kind, StableId.For("kr", kind, key)), requestedAs);

        Assert.Equal(refusal, result.Refusal);
        Assert.Null(result.Document);
    }

    [Fact]
    public async Task Wallet_OffersCertificatesAboutOwnHoldings_AndIssuesOne()
    {
        var kim = await CitizenAtTheBrowser.SignedInAsync(host.Factory, "wallet-owner", Resident("kim-minjun").Value);
        var page = await kim.PageAsync("/my/documents");
        var choices = page.QuerySelectorAll("#About_Choice option").Select(o => (Value: o.GetAttribute("value")!, o.TextContent)).ToList();
        var ledger = choices.Single(c => c.Value.StartsWith("building-ledger|building|", StringComparison.Ordinal));
        Assert.Contains("자하문빌라", ledger.TextContent, StringComparison.Ordinal);
        Assert.Contains(choices, c => c.Value.StartsWith("real-estate-register|parcel|", StringComparison.Ordinal));
        Assert.DoesNotContain(choices, c => c.Value.StartsWith("business-registration-certificate", StringComparison.Ordinal));

        using var issued = await kim.PostFormAsync("/my/documents", "IssueAbout", [new("About.Choice", ledger.Value), new("About.Language", "ko")]);

        Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);
        var entry = (await kim.PageAsync(issued.Headers.Location!.ToString())).QuerySelector("[data-document]")!;
        Assert.Contains("건축물대장", entry.TextContent, StringComparison.Ordinal);
        Assert.Contains("부암동 100", entry.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wallet_RefusesACompanyTheSignedInPersonDoesNotRepresent_AndIssuesNothing()
    {
        var jungsCompany = StableId.For("kr", "company", "hanbit-software");
        var kim = await CitizenAtTheBrowser.SignedInAsync(host.Factory, "wallet-not-representative", Resident("kim-minjun").Value);
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Data.DocumentsDbContext>();
        var before = await db.Documents.CountAsync(d => d.SubjectId == jungsCompany, Ct);

        using var response = await kim.PostFormAsync("/my/documents", "IssueAbout", [
            new("About.Choice", $"business-registration-certificate|company|{jungsCompany}"), new("About.Language", "ko")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains("아래 목록에 있는 부동산이나 사업체를 선택해 주세요.", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await db.Documents.CountAsync(d => d.SubjectId == jungsCompany, Ct));
    }
}
