using System.Net;
using System.Security.Cryptography;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using static Egov.Field.Tests.Uploads;

namespace Egov.Field.Tests;

/// <summary>
/// <c>/officials/field/assignments/{id}</c>: the inspector and their agency's manager see the completed inspection —
/// the failed item, the photo (served only through the page), the order, the report's document; the other agency's
/// manager gets 404, audited. A comment on it that mentions the manager reaches the manager's mentions page.
/// </summary>
public sealed class AssignmentPageTests(FieldHost host) : IClassFixture<FieldHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CompletedInspection_IsShownToItsInspectorAndManager_AndAStrangerGetsNotFound_Audited()
    {
        var plan = await host.PlanAsync(FieldHost.Inspector);
        var assignment = (await host.AssignmentAsync(FieldHost.Inspector, plan.GetProperty("id").GetGuid(), "서교스퀘어")).GetProperty("id").GetGuid();
        var photo = RandomNumberGenerator.GetBytes(3_000);
        var photoClientId = await host.UploadPhotoAsync(FieldHost.Inspector, assignment, "exit-clear", photo);
        var doorPhoto = await host.UploadPhotoAsync(FieldHost.Inspector, assignment, "fire-door-closing", RandomNumberGenerator.GetBytes(3_000));
        var items = Checklist(DateTime.UtcNow.AddMinutes(-5), doorSeconds: 12, photoClientId, doorPhoto);
        using (var done = await host.UploadAsync(FieldHost.Inspector, Guid.NewGuid(), Of(assignment, "phone-1", items, complete: true)))
        {
            Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        }

        var address = $"/officials/field/assignments/{assignment}";
        var report = await host.QueryAsync(db => db.Inspections.Where(i => i.AssignmentId == assignment).Select(i => i.ReportDocumentId).SingleAsync(Ct));
        var inspector = await host.OfficialAsync(FieldHost.Inspector);
        var page = await PageAsync(inspector, address);
        Assert.Equal("서교스퀘어", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("completed", page.QuerySelector("[data-status]")!.GetAttribute("data-status"));
        var door = page.QuerySelector("[data-item='fire-door-closing']")!;
        Assert.Contains("부적합", door.TextContent, StringComparison.Ordinal);
        Assert.Equal("12 s", door.QuerySelector("[data-reading]")!.TextContent);
        Assert.Contains("배현우", door.TextContent, StringComparison.Ordinal);
        Assert.Contains("방화문 자동 닫힘 시간", page.QuerySelector("[data-order]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/officials/approvals/documents/{report}", page.QuerySelector("[data-report] a")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("#comment-text"));

        var thumbnail = page.QuerySelector("[data-item='exit-clear'] img")!.GetAttribute("src")!;
        using (var served = await inspector.GetAsync(thumbnail, Ct))
        {
            Assert.Equal((HttpStatusCode.OK, "image/jpeg"), (served.StatusCode, served.Content.Headers.ContentType!.MediaType));
            Assert.Equal(photo, await served.Content.ReadAsByteArrayAsync(Ct));
        }

        Assert.Contains("서교스퀘어", (await PageAsync(await host.OfficialAsync(FieldHost.Manager), address)).QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var dashboard = await PageAsync(await host.OfficialAsync(FieldHost.Manager), "/officials/field");
        Assert.Equal(address, dashboard.QuerySelector($"[data-inspection='{assignment}'] a")!.GetAttribute("href"));

        var stranger = await host.OfficialAsync(FieldHost.OtherAgencyManager);
        using (var refused = await stranger.GetAsync(address, Ct))
        {
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        }

        using (var refusedPhoto = await stranger.GetAsync(thumbnail, Ct))
        {
            Assert.Equal(HttpStatusCode.NotFound, refusedPhoto.StatusCode);
        }

        Assert.Equal(2, await host.AuditCountAsync("field.assignment.refused", $"field-assignment:{assignment}"));
        Assert.Equal(2, await host.AuditCountAsync("field.inspection.read", $"field-assignment:{assignment}"));
    }

    [Fact]
    public async Task Comment_MentioningTheManager_ReachesTheManager_AndAStrangerCannotBeMentioned()
    {
        var plan = await host.PlanAsync(FieldHost.Inspector);
        var assignment = (await host.AssignmentAsync(FieldHost.Inspector, plan.GetProperty("id").GetGuid(), "합정라운지")).GetProperty("id").GetGuid();
        var address = $"/officials/field/assignments/{assignment}";
        var inspector = await host.BrowserAsync(FieldHost.Inspector);

        using (var page = await inspector.GetAsync(address))
        using (var strangerMentioned = await PostCommentAsync(inspector, page, $"@{FieldHost.OtherAgencyManager} 보셨나요?"))
        {
            Assert.Equal(HttpStatusCode.OK, strangerMentioned.StatusCode);
            Assert.NotNull(new HtmlParser().ParseDocument(await strangerMentioned.Content.ReadAsStringAsync(Ct)).QuerySelector("#comment-error"));
        }

        using (var page = await inspector.GetAsync(address))
        using (var posted = await PostCommentAsync(inspector, page, $"@{FieldHost.Manager} 방화문 시정 기한을 확인해 주세요."))
        {
            Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
            Assert.StartsWith($"{address}#comment-", posted.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        var shown = await PageAsync(inspector.Client, address);
        Assert.Equal("@장민석", Assert.Single(shown.QuerySelectorAll("[data-comment] .egov-comments-mention")).TextContent);
        var mentions = await PageAsync(await host.OfficialAsync(FieldHost.Manager), "/officials/mentions");
        var notice = mentions.QuerySelector("[data-mentions] li")!;
        Assert.StartsWith($"{address}#comment-", notice.QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Contains("합정라운지", notice.TextContent, StringComparison.Ordinal);
        Assert.Contains("배현우", notice.TextContent, StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> PostCommentAsync(Egov.Testing.PersonAtTheBrowser official, HttpResponseMessage page, string text) =>
        official.SubmitAsync(page, new Dictionary<string, string> { ["Text"] = text }, which: f => f.QuerySelector("#comment-text") is not null);

    private static async Task<IHtmlDocument> PageAsync(HttpClient client, string address)
    {
        using var response = await client.GetAsync(address, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Ct));
    }
}
