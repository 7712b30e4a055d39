using System.Net;
using AngleSharp.Html.Parser;
using Egov.Field.Findings;
using Egov.Platform.Jobs;
using Egov.Platform.Packs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Egov.Field.Tests.Uploads;

namespace Egov.Field.Tests;

/// <summary>
/// Completing an inspection drafts its report as an approval document in the inspector's name, on the line the
/// delegation table proposes (their division head), left a draft: exactly one, whether the inspection is completed
/// again or the hourly catch-up runs again after a crash lost the document's id — the approvals module finds the draft
/// by the inspection's key. The report names the failed item with its reading and the order's deadline.
/// </summary>
public sealed class ReportTests(FieldHost host) : IClassFixture<FieldHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Completion_DraftsExactlyOneReport_ForTheInspector_WithTheFailedItemAndTheDeadline()
    {
        var plan = await host.PlanAsync(FieldHost.Inspector);
        var assignment = (await host.AssignmentAsync(FieldHost.Inspector, plan.GetProperty("id").GetGuid(), "합정라운지")).GetProperty("id").GetGuid();
        var results = Of(assignment, "phone-1", await host.ChecklistWithPhotosAsync(assignment, DateTime.UtcNow.AddMinutes(-10), doorSeconds: 14), complete: true);
        using (var done = await host.UploadAsync(FieldHost.Inspector, Guid.NewGuid(), results))
        {
            Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        }

        var document = await host.QueryAsync(db => db.Inspections.Where(i => i.AssignmentId == assignment).Select(i => i.ReportDocumentId).SingleAsync(Ct));
        Assert.NotNull(document);

        // Completed again from another device: refused, nothing drafted.
        using (var again = await host.UploadAsync(FieldHost.Inspector, Guid.NewGuid(), Of(assignment, "phone-2", Checklist(DateTime.UtcNow), complete: true)))
        {
            Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        }

        // A crash lost the document's id after the draft was made; the hourly catch-up runs (twice).
        await host.QueryAsync(db => db.Inspections.Where(i => i.AssignmentId == assignment).ExecuteUpdateAsync(i => i.SetProperty(x => x.ReportDocumentId, (Guid?)null), Ct));
        var job = host.Factory.Services.GetServices<IRecurringJob>().OfType<OverdueOrdersJob>().Single();
        await job.RunAsync(DateTime.UtcNow, Ct);
        await job.RunAsync(DateTime.UtcNow, Ct);
        Assert.Equal(document, await host.QueryAsync(db => db.Inspections.Where(i => i.AssignmentId == assignment).Select(i => i.ReportDocumentId).SingleAsync(Ct)));

        var inspector = await host.OfficialAsync(FieldHost.Inspector);
        using var inbox = await inspector.GetAsync("/officials/approvals?tab=InProgress", Ct);
        var rows = new HtmlParser().ParseDocument(await inbox.Content.ReadAsStringAsync(Ct)).QuerySelectorAll("[data-document]")
            .Where(r => r.TextContent.Contains("합정라운지", StringComparison.Ordinal)).ToList();
        Assert.Equal(document.ToString(), Assert.Single(rows).GetAttribute("data-document"));

        using var card = await inspector.GetAsync($"/officials/approvals/documents/{document}", Ct);
        Assert.Equal(HttpStatusCode.OK, card.StatusCode);
        var page = new HtmlParser().ParseDocument(await card.Content.ReadAsStringAsync(Ct));
        Assert.Equal("Draft", page.QuerySelector("[data-status]")!.GetAttribute("data-status"));
        Assert.Contains("다중이용업소 화재안전조사 결과 보고(합정라운지)", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var content = page.QuerySelector(".egov-approvals-content")!.TextContent;
        var deadline = host.Factory.Services.GetRequiredService<CountryPack>().Today(TimeProvider.System).AddDays(14);
        Assert.Contains("다. 방화문 자동 닫힘 시간: 14s, 부적합 (기준: 10s 이하)", content, StringComparison.Ordinal);
        Assert.Contains("비고: 도어클로저 불량", content, StringComparison.Ordinal);
        Assert.Contains($"가. 방화문 자동 닫힘 시간: {deadline.Year}. {deadline.Month}. {deadline.Day}.까지 시정", content, StringComparison.Ordinal);
        Assert.Contains("점검자: 배현우", content, StringComparison.Ordinal);
        // The line the delegation table proposes for an inspection report: the division head approves.
        Assert.Contains("장민석", page.QuerySelector(".egov-approvals-line")!.TextContent, StringComparison.Ordinal);
    }
}
