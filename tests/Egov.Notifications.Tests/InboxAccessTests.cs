using System.Net;
using Egov.Notifications.Contracts;
using Egov.Notifications.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Egov.Notifications.Tests;

/// <summary>Nobody reaches another person's notices: not by changing the id in the address, not without signing in, not on the officials' page.</summary>
public sealed class InboxAccessTests(NotificationsHost host) : IClassFixture<NotificationsHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnotherPersonsNotice_IsNotFound_AndNotListed_AndStaysUnread()
    {
        var (_, owner) = await Citizens.SignedInAsync(host, "owner-kang");
        var (stranger, _) = await Citizens.SignedInAsync(host, "stranger-jo");
        var receipt = await host.SendAsync(NotificationsHost.Notice(owner, "benefits", NoticePriority.Legal, "개인 통지"));

        using var opened = await stranger.Client.GetAsync($"/my/notifications/{receipt.NoticeId}", Ct);
        var inbox = await stranger.PageAsync("/my/notifications");

        Assert.Equal(HttpStatusCode.NotFound, opened.StatusCode);
        Assert.DoesNotContain("개인 통지", await opened.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Empty(inbox.QuerySelectorAll("[data-notice]"));
        Assert.Null(await host.QueryAsync(db => db.Notices.Where(n => n.Id == receipt.NoticeId).Select(n => n.ReadAt).SingleAsync(Ct)));
    }

    [Fact]
    public async Task Anonymous_IsSentToSignIn_AndACitizen_IsKeptOffTheOfficialsQueue()
    {
        var (citizen, _) = await Citizens.SignedInAsync(host, "curious-seo");

        using var anonymous = await host.Factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/my/notifications", Ct);
        using var queue = await citizen.Client.GetAsync("/officials/notifications", Ct);

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/account/sign-in", anonymous.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, queue.StatusCode);
        Assert.DoesNotContain("알림 발송 대기열", await queue.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}
