using Egov.Identity.Domain;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Egov.Browser.Tests;

/// <summary>
/// Comments on an approval document, live: 송하늘 (총무과) drafts a document that her head 한지민 decides; both have
/// its card open, 한지민 on a phone. 송하늘 picks 한지민 from the participants and posts a comment naming her; the
/// comment appears on 한지민's open card without a reload, is announced in the live region, and 한지민 finds the
/// mention counted by her mentions link, and on her mentions page.
/// </summary>
public sealed class CollaborationTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Drafter = "SEOUL-2018-1740";
    private const string Head = "SEOUL-2008-0921";
    private const string Title = "청사 회의실 예약 방식 변경";

    [Fact]
    public async Task ACommentWithAMention_AppearsLiveOnTheOtherOfficialsOpenCard()
    {
        await CreateAccountAsync(Drafter, "송하늘", AccountKind.Official, "official");
        await CreateAccountAsync(Head, "한지민", AccountKind.Official, "official");

        await SignInWithPasswordAsync(Drafter);
        await Page.GotoAsync("/officials/approvals/draft");
        await StepUpWithAuthenticatorAppAsync();
        await Page.GetByLabel("문서 유형").SelectOptionAsync("general");
        await Page.GetByLabel("제목").FillAsync(Title);
        await Page.GetByLabel("내용").FillAsync("1. 목적: 회의실 중복 예약 방지\n2. 내용: 예약을 전자결재 포털로 일원화");
        await Page.GetByRole(AriaRole.Button, new() { Name = "상신", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = $"제목 {Title}" })).ToBeVisibleAsync();
        var card = new Uri(Page.Url).PathAndQuery;

        await using var headContext = await NewContextAsync("ko-KR", 390);
        var headPage = await headContext.NewPageAsync();
        await SignInWithPasswordAsync(Head, headPage);
        await headPage.GotoAsync(card);
        await StepUpWithAuthenticatorAppAsync(headPage);
        await Expect(headPage.GetByRole(AriaRole.Heading, new() { Name = "댓글" })).ToBeVisibleAsync();
        await Expect(headPage.Locator("[data-comments]")).ToHaveAttributeAsync("data-live", "connected");
        await Expect(Page.Locator("[data-comments]")).ToHaveAttributeAsync("data-live", "connected");

        await Page.GetByLabel("언급할 공무원").SelectOptionAsync(Head);
        await Page.GetByRole(AriaRole.Button, new() { Name = "언급 넣기" }).ClickAsync();
        await Page.GetByLabel("댓글 내용", new() { Exact = true }).PressSequentiallyAsync("회의실 목록을 첨부했습니다. 확인 부탁드립니다.");
        await Expect(Page.GetByLabel("댓글 내용", new() { Exact = true })).ToHaveValueAsync($"@{Head} 회의실 목록을 첨부했습니다. 확인 부탁드립니다.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "댓글 등록" }).ClickAsync();
        await Expect(Page.Locator("[data-comments-list] li")).ToHaveCountAsync(1);
        await Expect(Page.GetByLabel("댓글 내용", new() { Exact = true })).ToHaveValueAsync("");

        // 한지민's card was never reloaded: the comment arrives over the hub, and the live region says so.
        var arrived = headPage.Locator("[data-comments-list] li");
        await Expect(arrived).ToHaveCountAsync(1);
        await Expect(arrived.Locator(".egov-comments-mention")).ToHaveTextAsync("@한지민");
        await Expect(arrived).ToContainTextAsync("회의실 목록을 첨부했습니다.");
        await Expect(headPage.GetByRole(AriaRole.Status).Filter(new() { HasTextString = "새 댓글" })).ToContainTextAsync("송하늘");

        await Expect(headPage.Locator("[data-mentions-link]")).ToContainTextAsync("새 알림 1건");
        await AssertNoSeriousAxeViolationsAsync(headPage);
        await SaveScreenshotAsync(headPage, "collaboration-card-live-390");
        await AssertNoSeriousAxeViolationsAsync();
        await AssertFitsAsync(Page, "collaboration-card");

        await headPage.GetByRole(AriaRole.Link, new() { Name = "나를 언급한 댓글 보기" }).ClickAsync();
        await Expect(headPage.GetByRole(AriaRole.Link, new() { Name = $"송하늘 님이 「{Title}」 댓글에서 나를 언급했습니다" })).ToBeVisibleAsync();
        await AssertNoSeriousAxeViolationsAsync(headPage);
        await SaveScreenshotAsync(headPage, "collaboration-mentions-390");
    }
}
