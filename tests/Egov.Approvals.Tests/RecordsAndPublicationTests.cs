using System.Net;
using AngleSharp.Html.Parser;
using Egov.Approvals.Domain;
using Egov.Approvals.Drafting;
using Egov.Approvals.Tests.Support;
using Egov.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Approvals.Tests;

/// <summary>
/// The records view (an agency's records by retention class; the records officer sees the agency, others their
/// department) and the publication of public documents to anyone, with the drafter's and approver's names.
/// </summary>
public sealed class RecordsAndPublicationTests(ApprovalsHost host) : IClassFixture<ApprovalsHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Records_ByRetention_AgencyForTheRecordsOfficer_DepartmentForOthers()
    {
        var kept30 = await ApprovedAsync("인사 기록 정리", isPublic: false, retention: "years-30");
        var kept5 = await ApprovedAsync("예산 집행 계획", isPublic: false, retention: "years-5");

        var recordsOfficer = await host.OfficialAsync(ApprovalsHost.GeneralAffairsStaff);
        var thirty = await RecordNumbersAsync(recordsOfficer, "/officials/approvals/records?retention=years-30");
        Assert.Contains(kept30.Number!, thirty);
        Assert.DoesNotContain(kept5.Number!, thirty);
        var keptUntil = DateTime.UtcNow.Year + 30;
        using (var page = await recordsOfficer.GetAsync("/officials/approvals/records?retention=years-30"))
        {
            Assert.Contains(keptUntil.ToString(System.Globalization.CultureInfo.InvariantCulture), await page.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }

        // The drafting department's head sees them too (their department's records); another department's head does not.
        Assert.Contains(kept5.Number!, await RecordNumbersAsync(await host.OfficialAsync(ApprovalsHost.WelfarePolicyHead), "/officials/approvals/records"));
        var budget = await host.OfficialAsync(ApprovalsHost.BudgetHead);
        Assert.DoesNotContain(kept5.Number!, await RecordNumbersAsync(budget, "/officials/approvals/records"));

        // The records officer opens the record's card without being on its line; another department's head cannot.
        using (var card = await recordsOfficer.GetAsync($"/officials/approvals/documents/{kept5.Id}"))
        {
            Assert.Equal(HttpStatusCode.OK, card.StatusCode);
        }

        using var hidden = await budget.GetAsync($"/officials/approvals/documents/{kept5.Id}");
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
    }

    [Fact]
    public async Task PublicDocument_IsPublished_WithTheOfficialsNames_OthersAre404()
    {
        var published = await ApprovedAsync("어린이 놀이시설 안전점검 결과 공개", isPublic: true);
        var internalOnly = await ApprovedAsync("내부 검토 자료", isPublic: false);
        var pending = await DraftedAsync("공개 예정 문서", isPublic: true);
        var anyone = new PersonAtTheBrowser(host.Factory);

        using (var list = await anyone.GetAsync("/open/approvals?agency=6110000"))
        {
            var html = await list.Content.ReadAsStringAsync(Ct);
            Assert.Contains($"data-published=\"{published.Number}\"", html, StringComparison.Ordinal);
            Assert.DoesNotContain(internalOnly.Number!, html, StringComparison.Ordinal);
            Assert.DoesNotContain("공개 예정 문서", html, StringComparison.Ordinal);
        }

        using (var page = await anyone.GetAsync($"/open/approvals/{published.Id}"))
        {
            var html = await new HtmlParser().ParseDocumentAsync(await page.Content.ReadAsStringAsync(Ct), Ct);
            Assert.Contains("윤미래", html.QuerySelector("[data-responsible=Draft]")!.TextContent, StringComparison.Ordinal);
            var approver = published.FinalStep!.ActedByName!;
            Assert.Contains(approver, html.QuerySelector("[data-responsible=Final]")!.TextContent, StringComparison.Ordinal);
        }

        using (var pdf = await anyone.GetAsync($"/open/approvals/{published.Id}?handler=Pdf"))
        {
            Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        }

        foreach (var id in new[] { internalOnly.Id, pending.Id, Guid.NewGuid() })
        {
            using var absent = await anyone.GetAsync($"/open/approvals/{id}");
            Assert.Equal(HttpStatusCode.NotFound, absent.StatusCode);
            using var absentPdf = await anyone.GetAsync($"/open/approvals/{id}?handler=Pdf");
            Assert.Equal(HttpStatusCode.NotFound, absentPdf.StatusCode);
        }
    }

    private static async Task<List<string>> RecordNumbersAsync(PersonAtTheBrowser official, string url)
    {
        using var page = await official.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await new HtmlParser().ParseDocumentAsync(await page.Content.ReadAsStringAsync(Ct), Ct);
        return [.. html.QuerySelectorAll("[data-record]").Select(e => e.GetAttribute("data-record")!)];
    }

    private static DraftInput General(string title, bool isPublic, string? retention = null) =>
        new("general", null, null, retention, title, "1. 목적\n2. 내용", [], "", "", isPublic, LineChoices.None);

    private Task<ApprovalDocument> ApprovedAsync(string title, bool isPublic, string? retention = null) => host.ApprovedAsync(General(title, isPublic, retention));

    private async Task<ApprovalDocument> DraftedAsync(string title, bool isPublic)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<DraftService>().CreateAsync(ApprovalsHost.Drafter, General(title, isPublic), true, null, Ct)).Document!;
    }
}
