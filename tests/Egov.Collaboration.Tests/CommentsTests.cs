using System.Net;
using AngleSharp.Html.Parser;
using Egov.Collaboration.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Egov.Collaboration.Tests;

/// <summary>
/// Comments on an approval document's card through HTTP: posting with an @mention puts a notice on the mentioned
/// official's mentions page; an official off the line gets 404 on the thread and the attempt is audited; a post without
/// the antiforgery token is refused; markup in a comment stays text; an edit keeps the earlier text.
/// </summary>
public sealed class CommentsTests(CollaborationHost host) : IClassFixture<CollaborationHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Post_WithAMention_ShowsOnTheCard_AndTheMentionedOfficialGetsANotice()
    {
        var card = await host.DocumentCardAsync("하계 경로당 운영 계획");
        var drafter = await host.OfficialAsync(CollaborationHost.Drafter);
        using var page = await drafter.GetAsync(card);
        using var posted = await CollaborationHost.PostCommentAsync(drafter, page, $"@{CollaborationHost.WelfarePolicyHead} 예산 항목을 확인해 주세요.");

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var comment = Assert.Single(await host.CommentsOnAsync(card));
        Assert.Equal($"{card}#comment-{comment.Id}", posted.Headers.Location!.OriginalString);
        using (var after = await drafter.GetAsync(card))
        {
            var shown = (await CollaborationHost.HtmlAsync(after)).QuerySelector($"#comment-{comment.Id}")!;
            Assert.Equal("@" + CollaborationHost.WelfarePolicyHeadName, shown.QuerySelector(".egov-comments-mention")!.TextContent);
            Assert.Contains("예산 항목을 확인해 주세요.", shown.TextContent, StringComparison.Ordinal);
        }

        Assert.Equal(1, await host.AuditCountAsync("collaboration.comment.post", card));
        var head = await host.OfficialAsync(CollaborationHost.WelfarePolicyHead);
        using var mentions = await head.GetAsync("/officials/mentions");
        var notice = (await CollaborationHost.HtmlAsync(mentions)).QuerySelector("[data-mentions] li")!;
        Assert.Equal($"{card}#comment-{comment.Id}", notice.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains(CollaborationHost.DrafterName, notice.TextContent, StringComparison.Ordinal);
        Assert.Contains("하계 경로당 운영 계획", notice.TextContent, StringComparison.Ordinal);
        Assert.NotNull(notice.QuerySelector(".krds-badge, [class*=badge]"));
        using var again = await head.GetAsync("/officials/mentions");
        Assert.Null((await CollaborationHost.HtmlAsync(again)).QuerySelector("[data-mentions] li [class*=badge]"));
    }

    [Fact]
    public async Task OfficialOffTheLine_GetsNotFound_CannotPost_AndTheAttemptsAreAudited()
    {
        var card = await host.DocumentCardAsync("총무과가 볼 수 없는 문서");
        var stranger = await host.OfficialAsync(CollaborationHost.Stranger);

        using var panel = await stranger.GetAsync(CollaborationHost.CommentsAddress(card));
        Assert.Equal(HttpStatusCode.NotFound, panel.StatusCode);

        // A forged post with a valid token of the stranger's own (from a page they may open).
        using var ownPage = await stranger.GetAsync("/officials/approvals/draft");
        var token = (await CollaborationHost.HtmlAsync(ownPage)).QuerySelector("main form[method=post] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var forged = await stranger.Client.PostAsync(CollaborationHost.CommentsAddress(card),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Text"] = "엿보기" }), Ct);

        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Empty(await host.CommentsOnAsync(card));
        Assert.Equal(2, await host.AuditCountAsync("collaboration.subject.denied", card));
    }

    [Fact]
    public async Task Post_WithoutTheAntiforgeryToken_IsRefused()
    {
        var card = await host.DocumentCardAsync("토큰 없는 댓글");
        var drafter = await host.OfficialAsync(CollaborationHost.Drafter);

        using var forged = await drafter.Client.PostAsync(CollaborationHost.CommentsAddress(card),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Text"] = "다른 사이트에서 보낸 글" }), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Empty(await host.CommentsOnAsync(card));
    }

    [Fact]
    public async Task MarkupInAComment_IsShownAsText()
    {
        const string payload = "<script>alert('x')</script><img src=x onerror=alert(1)> & \"quotes\"";
        var card = await host.DocumentCardAsync("스크립트가 든 댓글");
        var drafter = await host.OfficialAsync(CollaborationHost.Drafter);
        using var page = await drafter.GetAsync(card);
        using (var posted = await CollaborationHost.PostCommentAsync(drafter, page, payload))
        {
            Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        }

        using var after = await drafter.GetAsync(card);
        var raw = await after.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("<script>alert", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", raw, StringComparison.Ordinal);
        var text = new HtmlParser().ParseDocument(raw).QuerySelector("[data-comment] .egov-comments-text")!;
        Assert.Empty(text.Children);
        Assert.Equal(payload, text.TextContent);
    }

    [Fact]
    public async Task Edit_KeepsTheEarlierText_AndOnlyTheAuthorMayEdit()
    {
        var card = await host.DocumentCardAsync("고쳐 쓰는 댓글");
        var drafter = await host.OfficialAsync(CollaborationHost.Drafter);
        using (var page = await drafter.GetAsync(card))
        using (await CollaborationHost.PostCommentAsync(drafter, page, "예산은 3백만 원입니다."))
        {
        }

        var id = Assert.Single(await host.CommentsOnAsync(card)).Id;
        using (var page = await drafter.GetAsync(card))
        using (var edited = await drafter.SubmitAsync(page, new Dictionary<string, string> { ["Text"] = "예산은 4백만 원입니다." },
            which: f => f.QuerySelector($"#edit-{id}") is not null))
        {
            Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        }

        var comment = Assert.Single(await host.CommentsOnAsync(card));
        Assert.Equal("예산은 4백만 원입니다.", comment.Text);
        Assert.Equal("예산은 3백만 원입니다.", Assert.Single(comment.Revisions).Text);
        using (var after = await drafter.GetAsync(card))
        {
            var shown = (await CollaborationHost.HtmlAsync(after)).QuerySelector($"#comment-{id}")!;
            Assert.Contains("예산은 3백만 원입니다.", shown.QuerySelector(".egov-comments-history")!.TextContent, StringComparison.Ordinal);
        }

        Assert.Equal(1, await host.AuditCountAsync("collaboration.comment.edit", card));

        // 오준서 reads the thread (he is on the line) but may not change 윤미래's words: no edit form, and a forged edit is refused.
        var head = await host.OfficialAsync(CollaborationHost.WelfarePolicyHead);
        using var headCard = await head.GetAsync(card);
        var html = await CollaborationHost.HtmlAsync(headCard);
        Assert.Null(html.QuerySelector($"#edit-{id}"));
        var token = html.QuerySelector("[data-comments] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var forged = await head.Client.PostAsync($"{CollaborationHost.CommentsAddress(card)}?handler=Edit",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["CommentId"] = id.ToString(), ["Text"] = "예산은 없습니다." }), Ct);
        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        Assert.Contains("자신이 쓴 댓글만 고칠 수 있습니다.", (await CollaborationHost.HtmlAsync(forged)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("예산은 4백만 원입니다.", Assert.Single(await host.CommentsOnAsync(card)).Text);
    }

    [Theory]
    [InlineData("   ", "댓글 내용을 입력하세요.")]
    [InlineData("@NOBODY-0000 확인 부탁", "'@NOBODY-0000'에 해당하는 공무원이 없습니다.")]
    [InlineData("@" + CollaborationHost.Stranger + " 보세요", "이 자료를 볼 수 없어 언급할 수 없습니다.")]
    [InlineData("bell\a", "보이지 않는 제어 문자는 쓸 수 없습니다.")]
    public async Task BadInput_ShowsAReadableMessage_KeepsTheText_AndWritesNothing(string text, string message)
    {
        var card = await host.DocumentCardAsync("잘못 쓴 댓글");
        var drafter = await host.OfficialAsync(CollaborationHost.Drafter);
        using var page = await drafter.GetAsync(card);
        using var refused = await CollaborationHost.PostCommentAsync(drafter, page, text);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await CollaborationHost.HtmlAsync(refused);
        Assert.Contains(message, html.QuerySelector("#comment-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("comment-hint comment-error", html.QuerySelector("#comment-text")!.GetAttribute("aria-describedby"));
        Assert.Empty(await host.CommentsOnAsync(card));
        Assert.Equal(0, await host.QueryAsync(db => db.Mentions.CountAsync(m => m.OfficialNumber == CollaborationHost.Stranger, Ct)));
    }

    [Fact]
    public async Task TooLongAComment_IsRefused()
    {
        var card = await host.DocumentCardAsync("긴 댓글");
        var drafter = await host.OfficialAsync(CollaborationHost.Drafter);
        using var page = await drafter.GetAsync(card);
        using var refused = await CollaborationHost.PostCommentAsync(drafter, page, new string('가', Domain.CommentText.MaxLength + 1));

        Assert.Contains("댓글이 너무 깁니다.", (await CollaborationHost.HtmlAsync(refused)).QuerySelector("#comment-error")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await host.CommentsOnAsync(card));
    }
}
