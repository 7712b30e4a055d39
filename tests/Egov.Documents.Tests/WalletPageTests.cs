using System.Net;
using AngleSharp.Html.Parser;
using Egov.Documents.Issuance;
using Egov.Registries.Contracts;
using Egov.Registries.Domain;
using Egov.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Documents.Tests;

/// <summary>
/// <c>/my/documents</c> and <c>/verify</c> through HTTP on the real host: issuing from the wallet, and nobody
/// reaching another person's document by changing an id, nor posting without the page's antiforgery token.
/// </summary>
public sealed class WalletPageTests(EgovHostFixture host) : IClassFixture<EgovHostFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Guid Resident(string key) => StableId.For("kr", "resident", key);

    [Fact]
    public async Task Wallet_IssuesACertificate_AndListsIt()
    {
        var kim = await CitizenAtTheBrowser.SignedInAsync(host.Factory, "wallet-kim", Resident("kim-minjun"));

        using var issued = await kim.PostFormAsync("/my/documents", "Issue", [
            new("Form.TypeCode", "family-relation-certificate"), new("Form.Purpose", "school"), new("Form.Language", "ko")]);

        Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);
        var page = await kim.PageAsync(issued.Headers.Location!.ToString());
        var entry = page.QuerySelector("[data-document]");
        Assert.NotNull(entry);
        Assert.Contains("가족관계증명서", entry.TextContent, StringComparison.Ordinal);
        using var pdf = await kim.Client.GetAsync(page.QuerySelector("[data-document] a")!.GetAttribute("href"), Ct);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);

        var number = entry.GetAttribute("data-document")!;
        using var checkedByNumber = await host.Factory.CreateClient().PostAsync(
            "/api/v1/documents/verify", System.Net.Http.Json.JsonContent.Create(new { number }), Ct);
        var checks = (await kim.PageAsync("/my/documents")).QuerySelector($"[data-document='{number}'] details")!;
        Assert.Contains("공개 진위확인 페이지 이용자", checks.TextContent, StringComparison.Ordinal);
        Assert.Contains("번호로", checks.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wallet_IssuesARelativesCertificate_AsTheCatalogAllows_AndRefusesWhatItDoesNot()
    {
        var father = Resident("kim-youngsoo");
        var kim = await CitizenAtTheBrowser.SignedInAsync(host.Factory, "wallet-son", Resident("kim-minjun"));
        var offered = (await kim.PageAsync("/my/documents")).QuerySelectorAll("#Form_About option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Contains(father.ToString(), offered);
        Assert.Contains(Resident("lee-seoyeon").ToString(), offered);

        using var family = await kim.PostFormAsync("/my/documents", "Issue", [
            new("Form.About", father.ToString()), new("Form.TypeCode", "family-relation-certificate"), new("Form.Language", "ko")]);
        // The father lives elsewhere: a relative, not a household member, so no copy of his resident registration.
        using var copy = await kim.PostFormAsync("/my/documents", "Issue", [
            new("Form.About", father.ToString()), new("Form.TypeCode", "resident-registration-copy"), new("Form.Language", "ko")]);
        using var stranger = await kim.PostFormAsync("/my/documents", "Issue", [
            new("Form.About", Resident("jung-woojin").ToString()), new("Form.TypeCode", "basic-certificate"), new("Form.Language", "ko")]);

        Assert.Equal(HttpStatusCode.Redirect, family.StatusCode);
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Data.DocumentsDbContext>();
        var issued = await db.Documents.Where(d => d.SubjectId == father).Select(d => new { d.HolderId, d.RequestedAs, d.TypeCode }).ToListAsync(Ct);
        Assert.Equal([new { HolderId = Resident("kim-minjun"), RequestedAs = "family-member", TypeCode = "family-relation-certificate" }], issued);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (copy.StatusCode, stranger.StatusCode));
        var refusal = new HtmlParser().ParseDocument(await copy.Content.ReadAsStringAsync(Ct)).Body!.TextContent;
        Assert.Contains("이 사람에 대해서는 이 증명서를 발급받을 수 없습니다.", refusal, StringComparison.Ordinal);
        Assert.False(await db.Documents.AnyAsync(d => d.SubjectId == Resident("jung-woojin"), Ct));
    }

    [Fact]
    public async Task AnotherPersonsDocument_IsNotFound_ForEveryAction()
    {
        var document = await IssueAsync("lee-seoyeon");
        var kim = await CitizenAtTheBrowser.SignedInAsync(host.Factory, "wallet-intruder", Resident("kim-minjun"));

        using var pdf = await kim.Client.GetAsync($"/my/documents?handler=Pdf&id={document.Id}", Ct);
        using var credential = await kim.Client.GetAsync($"/my/documents?handler=Credential&id={document.Id}", Ct);
        using var revoke = await kim.PostFormAsync("/my/documents", $"Revoke&id={document.Id}", []);
        using var hide = await kim.PostFormAsync("/my/documents", $"Hide&id={document.Id}", []);

        Assert.Equal(
            [HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound],
            [pdf.StatusCode, credential.StatusCode, revoke.StatusCode, hide.StatusCode]);
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var verifier = scope.ServiceProvider.GetRequiredService<Verifying.DocumentVerifier>();
        Assert.Equal(Domain.DocumentStatus.Valid, (await verifier.ByNumberAsync(document.Number, null, Ct)).Status);
    }

    [Fact]
    public async Task Send_FromTheWallet_ListsTheInstitution_AndNobodyElsesDocumentCanBeSent()
    {
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Submitting.Recipients>().RegisterAsync("demo-bank", new Uri("http://127.0.0.1:1/unused"), Ct);
        }

        var mine = await IssueAsync("kim-minjun");
        var hers = await IssueAsync("lee-seoyeon");
        var kim = await CitizenAtTheBrowser.SignedInAsync(host.Factory, "wallet-sender", Resident("kim-minjun"));

        using var sent = await kim.PostFormAsync("/my/documents", $"Send&id={mine.Id}", [new("institution", "demo-bank")]);
        using var stolen = await kim.PostFormAsync("/my/documents", $"Send&id={hers.Id}", [new("institution", "demo-bank")]);
        using var nowhere = await kim.PostFormAsync("/my/documents", $"Send&id={mine.Id}", [new("institution", "no-such-bank")]);

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.NotFound, HttpStatusCode.OK), (sent.StatusCode, stolen.StatusCode, nowhere.StatusCode));
        Assert.Contains("목록에 있는 기관을 선택해 주세요.", await nowhere.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var page = await kim.PageAsync("/my/documents");
        Assert.NotNull(page.QuerySelector($"[data-document='{mine.Number}'] [data-sent='demo-bank']"));
    }

    [Fact]
    public async Task PostWithoutTheAntiforgeryToken_IsRefused_AndChangesNothing()
    {
        var document = await IssueAsync("kim-minjun");
        var kim = await CitizenAtTheBrowser.SignedInAsync(host.Factory, "wallet-csrf", Resident("kim-minjun"));

        using var forged = await kim.Client.PostAsync($"/my/documents?handler=Revoke&id={document.Id}", new FormUrlEncodedContent([]), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var verifier = scope.ServiceProvider.GetRequiredService<Verifying.DocumentVerifier>();
        Assert.Equal(Domain.DocumentStatus.Valid, (await verifier.ByNumberAsync(document.Number, null, Ct)).Status);
    }

    [Fact]
    public async Task VerifyPage_ExplainsABadNumber_AndAnswersAGoodOne()
    {
        var document = await IssueAsync("kim-minjun");
        var visitor = new PersonAtTheBrowser(host.Factory);
        var form = new HtmlParser().ParseDocument(await visitor.Client.GetStringAsync("/verify", Ct));
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var bad = await PostAsync(visitor, "Number", [new("Number", "1234-5678-9012-3456"), new("__RequestVerificationToken", token)]);
        var good = await PostAsync(visitor, "Number", [new("Number", document.Number), new("__RequestVerificationToken", token)]);
        var script = await PostAsync(visitor, "Text", [new("Text", "<script>alert(1)</script>"), new("__RequestVerificationToken", token)]);

        Assert.Contains("16", bad.QuerySelector(".form-hint-invalid, .krds-form-error, [id$=-error]")?.TextContent ?? bad.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("valid", good.QuerySelector("[data-status]")!.GetAttribute("data-status"));
        Assert.Contains("김민준", good.QuerySelector("#answer")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("unknown", script.QuerySelector("[data-status]")!.GetAttribute("data-status"));
        Assert.DoesNotContain(script.QuerySelectorAll("script"), s => s.TextContent.Contains("alert(1)", StringComparison.Ordinal));
    }

    private static async Task<AngleSharp.Dom.IDocument> PostAsync(PersonAtTheBrowser visitor, string handler, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var response = await visitor.Client.PostAsync($"/verify?handler={handler}", new FormUrlEncodedContent(fields), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Ct));
    }

    private async Task<Domain.IssuedDocument> IssueAsync(string holderKey)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var id = new ResidentId(Resident(holderKey));
        var result = await scope.ServiceProvider.GetRequiredService<DocumentIssuer>().IssueAsync(
            new IssueRequest("basic-certificate", CertificateSubject.Of(id), id, "self", "ko", null, null, null, "account:test", null), Ct);
        return result.Document!;
    }
}
