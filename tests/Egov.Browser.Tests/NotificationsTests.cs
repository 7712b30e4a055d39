using Egov.Identity.Domain;
using Egov.Notifications.Contracts;
using Egov.Notifications.Data;
using Egov.Notifications.Domain;
using Egov.Registries.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Egov.Browser.Tests;

/// <summary>
/// A citizen reads their notifications, chooses how they are notified (a topic off, quiet hours), and opens a legal
/// notice; an operator sees a failed delivery in the queue and sends it again.
/// </summary>
public sealed class NotificationsTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private static readonly Guid KimMinjun = Egov.Registries.Domain.StableId.For("kr", "resident", "kim-minjun");

    [Fact]
    public async Task Citizen_ReadsTheInbox_TurnsATopicOffWithQuietHours_AndOpensALegalNotice()
    {
        await SignInAsDemoPersonAsync("kim-minjun");
        await SendAsync(KimMinjun, "benefits", NoticePriority.Information, "아동수당 안내", "만 8세 미만 아동은 아동수당을 받을 수 있습니다.");
        await SendAsync(KimMinjun, "inspections", NoticePriority.Legal, "시정명령 통지", "점검 결과 소화기 교체를 명령합니다.\n기한: 30일 이내");

        await Page.GotoAsync("/my/notifications");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "나의 알림함", Level = 1 })).ToBeVisibleAsync();
        var notices = Page.GetByRole(AriaRole.List, new() { Name = "알림 목록(최신순)" }).GetByRole(AriaRole.Listitem);
        // Other journeys of the shared host may have notified the same demo person: count this test's two.
        await Expect(notices.Filter(new() { HasText = "시정명령 통지" })).ToHaveCountAsync(1);
        await Expect(notices.Filter(new() { HasText = "아동수당 안내" })).ToHaveCountAsync(1);
        await Expect(notices.Filter(new() { HasText = "시정명령 통지" })).ToContainTextAsync("법적 고지");
        await Expect(notices.Filter(new() { HasText = "아동수당 안내" })).Not.ToContainTextAsync("법적 고지");
        await AssertNoSeriousAxeViolationsAsync();
        await SaveScreenshotAsync("notifications-inbox-1280");
        await SaveScreenshotAsync("notifications-inbox-390", width: 390);

        await Page.GetByRole(AriaRole.Link, new() { Name = "알림 받을 방법과 시간 설정하기" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "알림 설정", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByText("법적 고지는 항상 발송됩니다")).ToBeVisibleAsync();
        // Before the first save the register's number is offered; the person keeps it or changes it.
        await Expect(Page.GetByText("등록부에 있는 휴대전화번호를 채워 두었습니다.", new() { Exact = false })).ToBeVisibleAsync();
        await Expect(Page.GetByLabel("문자메시지 받을 휴대전화")).ToHaveValueAsync("+821012345678");
        await Page.GetByLabel("문자메시지 받을 휴대전화").FillAsync("+821087654321");
        // KRDS draws the box over the input: a person clicks the label.
        await Page.GetByText("복지·급여", new() { Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Checkbox, new() { Name = "복지·급여" })).Not.ToBeCheckedAsync();
        await Page.GetByLabel("시작").FillAsync("22:00");
        await Page.GetByLabel("종료").FillAsync("07:00");
        await Page.GetByRole(AriaRole.Button, new() { Name = "설정 저장" }).ClickAsync();

        await Expect(Page.GetByText("알림 설정을 저장했습니다.")).ToBeVisibleAsync();
        await Expect(Page.GetByLabel("문자메시지 받을 휴대전화")).ToHaveValueAsync("+821087654321");
        await Expect(Page.GetByText("등록부에 있는 휴대전화번호를 채워 두었습니다.", new() { Exact = false })).ToHaveCountAsync(0);
        await Expect(Page.GetByRole(AriaRole.Checkbox, new() { Name = "복지·급여" })).Not.ToBeCheckedAsync();
        await Expect(Page.GetByRole(AriaRole.Checkbox, new() { Name = "재난·안전 알림" })).ToBeCheckedAsync();
        await Expect(Page.GetByLabel("시작")).ToHaveValueAsync("22:00");
        await AssertNoSeriousAxeViolationsAsync();
        await SaveScreenshotAsync("notifications-settings-1280");
        await SaveScreenshotAsync("notifications-settings-390", width: 390);

        await Page.GetByRole(AriaRole.Link, new() { Name = "나의 알림함으로 돌아가기" }).ClickAsync();
        await notices.Filter(new() { HasText = "시정명령 통지" }).GetByRole(AriaRole.Link).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "시정명령 통지", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByText("법적 효력이 있는 알림입니다.")).ToBeVisibleAsync();
        await Expect(Page.GetByText("기한: 30일 이내")).ToBeVisibleAsync();
        await AssertNoSeriousAxeViolationsAsync();
        await SaveScreenshotAsync("notifications-notice-1280");
        await SaveScreenshotAsync("notifications-notice-390", width: 390);

        await Page.GetByRole(AriaRole.Link, new() { Name = "나의 알림함으로 돌아가기" }).ClickAsync();
        await Expect(notices.Filter(new() { HasText = "시정명령 통지" })).Not.ToContainTextAsync("읽지 않음");
        await Expect(notices.Filter(new() { HasText = "아동수당 안내" })).ToContainTextAsync("읽지 않음");
    }

    [Fact]
    public async Task Operator_SeesAFailedDeliveryWithItsReason_AndRetriesIt()
    {
        var resident = Guid.NewGuid();
        await using (var scope = Fixture.Host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Egov.Notifications.Settings.NotificationSettings>()
                .SaveAsync(resident, new Preferences { Language = "ko", Phone = "+821099998888" }, TestContext.Current.CancellationToken);
        }

        var notice = await SendAsync(resident, "disaster-alerts", NoticePriority.Legal, "대피 명령", "즉시 대피하십시오.");
        await using (var scope = Fixture.Host.Services.CreateAsyncScope())
        {
            // As the delivery job leaves a delivery whose gateway kept refusing it.
            await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Deliveries.Where(d => d.NoticeId == notice)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, DeliveryStatus.Failed).SetProperty(d => d.Attempts, 6)
                    .SetProperty(d => d.LastError, "The SMS gateway answered 503 Service Unavailable."), TestContext.Current.CancellationToken);
        }

        await CreateAccountAsync("browser-notify-operator", "윤미래", AccountKind.Official, "notifications-operator");
        await SignInWithPasswordAsync("browser-notify-operator");
        await Page.GotoAsync("/officials/notifications");
        await StepUpWithAuthenticatorAppAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "알림 발송 대기열", Level = 1 })).ToBeVisibleAsync();
        var failed = Page.GetByRole(AriaRole.Table, new() { Name = "실패" }).GetByRole(AriaRole.Row).Filter(new() { HasText = "503" });
        await Expect(failed).ToContainTextAsync("재난·안전 알림");
        await Expect(failed).ToContainTextAsync("법적 고지");
        await AssertNoSeriousAxeViolationsAsync();
        await SaveScreenshotAsync("notifications-queue-1280");
        await SaveScreenshotAsync("notifications-queue-390", width: 390);

        await failed.GetByRole(AriaRole.Button, new() { Name = "다시 보내기" }).ClickAsync();
        // The scheduler may send it at once: the page says it is queued, and it has left the failed ones.
        await Expect(Page.GetByText("발송을 다시 대기열에 넣었습니다.")).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^실패") }).ClickAsync();
        await Expect(Page.GetByText("503 Service Unavailable")).ToHaveCountAsync(0);
    }

    [Theory]
    [InlineData("en", "My notifications", "Notification settings", "Legal notices always arrive")]
    [InlineData("ja", "通知の受信箱", "通知の設定", "法的通知は必ず届きます")]
    public async Task InboxAndSettings_ReadInEachLanguage_AndFitAPhone(string language, string inbox, string settings, string legal)
    {
        await SignInAsDemoPersonAsync("lee-seoyeon");
        await SendAsync(Egov.Registries.Domain.StableId.For("kr", "resident", "lee-seoyeon"), "documents", NoticePriority.Legal, "증명서 제출 요청", "본문");
        // The language switch's cookie, as a person who chose the language would have it.
        await Page.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = $"c={language}|uic={language}", Url = Fixture.BaseAddress.ToString() }]);

        await Page.GotoAsync("/my/notifications");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = inbox, Level = 1 })).ToBeVisibleAsync();
        await AssertFitsPhoneAsync($"notifications-inbox-{language}");
        await Page.GotoAsync("/my/notifications/settings");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = settings, Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByText(legal)).ToBeVisibleAsync();
        await AssertNoSeriousAxeViolationsAsync();
        await AssertFitsPhoneAsync($"notifications-settings-{language}");
    }

    private async Task AssertFitsPhoneAsync(string name)
    {
        await SaveScreenshotAsync($"{name}-390", width: 390);
        await Page.SetViewportSizeAsync(390, 900);
        Assert.True(await Page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 390, $"{name} scrolls sideways at 390 px");
        await Page.SetViewportSizeAsync(1280, 900);
    }

    private async Task<Guid> SendAsync(Guid resident, string topic, NoticePriority priority, string title, string body)
    {
        await using var scope = Fixture.Host.Services.CreateAsyncScope();
        var receipt = await scope.ServiceProvider.GetRequiredService<INotifications>().SendAsync(
            new Notice(new ResidentId(resident), topic, priority, new Dictionary<string, NoticeText> { ["ko"] = new(title, body) }),
            TestContext.Current.CancellationToken);
        return receipt.NoticeId;
    }
}
