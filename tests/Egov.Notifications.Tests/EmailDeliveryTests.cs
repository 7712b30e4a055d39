using System.Net;
using AngleSharp.Html.Parser;
using Egov.Notifications.Contracts;
using Egov.Notifications.Domain;
using Egov.Notifications.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Egov.Notifications.Tests;

/// <summary>
/// Notices through HTTP and a real SMTP server: the person's choices on the settings page decide what leaves the inbox,
/// and a legal notice arrives whatever they muted.
/// </summary>
public sealed class EmailDeliveryTests(NotificationsHost host) : IClassFixture<NotificationsHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Notice_WithAnEmailAddressGiven_IsReceivedByTheSmtpServer_AndListedInTheInbox()
    {
        var (citizen, resident) = await Citizens.SignedInAsync(host, "mail-kim");
        await Citizens.SaveSettingsAsync(citizen, [new("Form.Email", "kim@example.kr")], "benefits", "documents");

        var receipt = await host.SendAsync(NotificationsHost.Notice(resident, "documents", NoticePriority.Information, "증명서가 발급되었습니다"));
        await host.DeliverDueAsync();

        Assert.Equal((NoticeOutcome.Queued, 1), (receipt.Outcome, receipt.ExternalDeliveries));
        var mail = Assert.Single(host.Smtp.To("kim@example.kr"));
        Assert.Equal("증명서가 발급되었습니다", mail.Subject);
        Assert.Equal("noreply@egov.example", mail.From.Mailboxes.Single().Address);
        Assert.Contains("증명서가 발급되었습니다 본문", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("http://127.0.0.1:5000/my/documents", mail.TextBody, StringComparison.Ordinal);
        var delivery = await host.QueryAsync(db => db.Deliveries.SingleAsync(d => d.NoticeId == receipt.NoticeId, Ct));
        Assert.Equal((DeliveryStatus.Sent, 1), (delivery.Status, delivery.Attempts));
        Assert.NotNull(delivery.SentAt);

        var inbox = await citizen.PageAsync("/my/notifications");
        Assert.Contains("증명서가 발급되었습니다", inbox.QuerySelector($"[data-notice='{receipt.NoticeId}']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MutedTopic_StaysInTheInbox_WhileALegalNoticeOnItStillArrivesByEmail_MarkedAsLegal()
    {
        var (citizen, resident) = await Citizens.SignedInAsync(host, "mail-lee");
        await Citizens.SaveSettingsAsync(citizen, [new("Form.Email", "lee@example.kr")], "documents");

        var news = await host.SendAsync(NotificationsHost.Notice(resident, "benefits", NoticePriority.Information, "새 복지 안내"));
        var important = await host.SendAsync(NotificationsHost.Notice(resident, "benefits", NoticePriority.Important, "신청 마감 안내"));
        var legal = await host.SendAsync(NotificationsHost.Notice(resident, "benefits", NoticePriority.Legal, "급여 중지 결정 통지"));
        await host.DeliverDueAsync();

        Assert.Equal(
            [NoticeOutcome.InboxOnlyMuted, NoticeOutcome.InboxOnlyMuted, NoticeOutcome.Queued],
            [news.Outcome, important.Outcome, legal.Outcome]);
        var mail = Assert.Single(host.Smtp.To("lee@example.kr"));
        Assert.Equal("[법적 고지] 급여 중지 결정 통지", mail.Subject);

        var inbox = await citizen.PageAsync("/my/notifications");
        Assert.Equal(3, inbox.QuerySelectorAll("[data-notice]").Length);
        Assert.Contains("법적 고지", inbox.QuerySelector($"[data-notice='{legal.NoticeId}']")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("법적 고지", inbox.QuerySelector($"[data-notice='{news.NoticeId}']")!.TextContent, StringComparison.Ordinal);
        var settings = await citizen.PageAsync("/my/notifications/settings");
        Assert.Contains("법적 고지는 항상 발송됩니다", settings.Body!.TextContent, StringComparison.Ordinal);
        Assert.False(settings.QuerySelector("input[name='Form.Topics'][value=benefits]")!.HasAttribute("checked"));
    }

    [Fact]
    public async Task OpeningANotice_RecordsTheReadReceipt_Once()
    {
        var (citizen, resident) = await Citizens.SignedInAsync(host, "reader-park");
        var receipt = await host.SendAsync(NotificationsHost.Notice(resident, "documents", NoticePriority.Important, "서류 제출 요청"));

        var opened = await citizen.PageAsync($"/my/notifications/{receipt.NoticeId}");
        await citizen.PageAsync($"/my/notifications/{receipt.NoticeId}");

        Assert.Equal("서류 제출 요청", opened.QuerySelector("h1")!.TextContent);
        Assert.NotNull(await host.QueryAsync(db => db.Notices.Where(n => n.Id == receipt.NoticeId).Select(n => n.ReadAt).SingleAsync(Ct)));
        Assert.Equal(1, await host.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.Type.EndsWith(nameof(NoticeRead)) && m.Payload.Contains(receipt.NoticeId.ToString()), Ct)));
        var inbox = await citizen.PageAsync("/my/notifications");
        Assert.DoesNotContain("읽지 않음", inbox.QuerySelector($"[data-notice='{receipt.NoticeId}']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SettingsPage_RefusesAPhoneNotInInternationalForm_AndQuietHoursWithoutAnEnd()
    {
        var (citizen, _) = await Citizens.SignedInAsync(host, "typo-choi");

        using var refused = await citizen.PostFormAsync("/my/notifications/settings", null, [
            new("Form.Language", "ko"), new("Form.Phone", "010-1234-5678"), new("Form.QuietFrom", "22:00")]);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var errors = (await new HtmlParser().ParseDocumentAsync(await refused.Content.ReadAsStringAsync(Ct), Ct)).QuerySelector(".egov-error-summary")!.TextContent;
        Assert.Contains("휴대전화번호를 +로 시작하는 국제 형식으로 입력하세요.", errors, StringComparison.Ordinal);
        Assert.Contains("방해금지 시간의 시작과 종료를 모두 입력하거나 모두 비워 두세요.", errors, StringComparison.Ordinal);
    }
}
