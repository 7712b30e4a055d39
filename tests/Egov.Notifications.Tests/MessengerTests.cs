using System.Globalization;
using System.Net;
using System.Text.Json;
using Egov.Notifications.Contracts;
using Egov.Notifications.Domain;
using Egov.Notifications.Tests.Support;
using Egov.Platform.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Egov.Notifications.Tests;

/// <summary>
/// Messenger apps through the signed webhook contract: what they receive is signed with their secret, their receipts
/// must be signed with it too, and a failing app's deliveries are retried, then shown failed to the operators.
/// </summary>
public sealed class MessengerTests(NotificationsHost host) : IClassFixture<NotificationsHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Notice_ReachesTheMessengerSigned_AndItsSignedReceiptsMarkItDeliveredThenRead()
    {
        var (citizen, resident) = await Citizens.SignedInAsync(host, "chat-yoon");
        await Citizens.SaveSettingsAsync(citizen, [new("Form.MessengerApp", "chat"), new("Form.MessengerAddress", "yoon#1")], "disaster-alerts");

        var receipt = await host.SendAsync(NotificationsHost.Notice(resident, "disaster-alerts", NoticePriority.Legal, "대피 명령"));
        await host.DeliverDueAsync();

        var sent = JsonDocument.Parse(Assert.Single(host.Chat.Accepted, b => b.Contains("yoon#1", StringComparison.Ordinal))).RootElement;
        Assert.Empty(host.Chat.Rejected);
        Assert.Equal(("yoon#1", "[법적 고지] 대피 명령", true), (sent.GetProperty("to").GetString(), sent.GetProperty("title").GetString(), sent.GetProperty("legal").GetBoolean()));
        var delivery = sent.GetProperty("delivery").GetGuid();

        using var delivered = await ReceiptAsync("chat", NotificationsHost.ChatSecret, new { delivery, status = "delivered" });
        using var read = await ReceiptAsync("chat", NotificationsHost.ChatSecret, new { delivery, status = "read" });

        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NoContent), (delivered.StatusCode, read.StatusCode));
        var row = await host.QueryAsync(db => db.Deliveries.SingleAsync(d => d.Id == delivery, Ct));
        Assert.Equal(DeliveryStatus.Read, row.Status);
        Assert.NotNull(row.DeliveredAt);
    }

    [Fact]
    public async Task Receipt_WithAForgedOrStaleSignature_OrForAnotherAppsDelivery_IsRefusedWithProblemDetails()
    {
        var (citizen, resident) = await Citizens.SignedInAsync(host, "chat-forger");
        await Citizens.SaveSettingsAsync(citizen, [new("Form.MessengerApp", "chat"), new("Form.MessengerAddress", "forger")], "documents");
        var receipt = await host.SendAsync(NotificationsHost.Notice(resident, "documents", NoticePriority.Important, "서류 안내"));
        var delivery = await host.QueryAsync(db => db.Deliveries.Where(d => d.NoticeId == receipt.NoticeId).Select(d => d.Id).SingleAsync(Ct));

        using var forged = await ReceiptAsync("chat", "not-the-secret-but-just-as-long-as-it", new { delivery, status = "read" });
        using var stale = await ReceiptAsync("chat", NotificationsHost.ChatSecret, new { delivery, status = "read" }, DateTimeOffset.UtcNow.AddHours(-1));
        using var otherApp = await ReceiptAsync("broken", NotificationsHost.BrokenSecret, new { delivery, status = "read" });
        using var unknownApp = await ReceiptAsync("nobody", NotificationsHost.ChatSecret, new { delivery, status = "read" });
        using var garbage = await ReceiptAsync("chat", NotificationsHost.ChatSecret, new { delivery, status = "exploded" });

        Assert.Equal(
            [HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.NotFound, HttpStatusCode.Unauthorized, HttpStatusCode.BadRequest],
            [forged.StatusCode, stale.StatusCode, otherApp.StatusCode, unknownApp.StatusCode, garbage.StatusCode]);
        Assert.Equal("application/problem+json", forged.Content.Headers.ContentType?.MediaType);
        Assert.Equal(DeliveryStatus.Pending, await host.QueryAsync(db => db.Deliveries.Where(d => d.Id == delivery).Select(d => d.Status).SingleAsync(Ct)));
    }

    [Fact]
    public async Task FailingApp_IsRetried_ThenFails_AndTheOperatorSeesWhyAndRetriesIt()
    {
        var (citizen, resident) = await Citizens.SignedInAsync(host, "broken-han");
        await Citizens.SaveSettingsAsync(citizen, [new("Form.MessengerApp", "broken"), new("Form.MessengerAddress", "han")], "inspections");
        var receipt = await host.SendAsync(NotificationsHost.Notice(resident, "inspections", NoticePriority.Legal, "시정명령 통지"));

        await host.DeliverDueAsync();
        var afterFirst = await host.QueryAsync(db => db.Deliveries.AsNoTracking().SingleAsync(d => d.NoticeId == receipt.NoticeId, Ct));
        await host.DeliverDueAsync();
        var afterSecond = await host.QueryAsync(db => db.Deliveries.AsNoTracking().SingleAsync(d => d.NoticeId == receipt.NoticeId, Ct));

        Assert.Equal((DeliveryStatus.Pending, 1), (afterFirst.Status, afterFirst.Attempts));
        Assert.Equal((DeliveryStatus.Failed, 2), (afterSecond.Status, afterSecond.Attempts));
        Assert.Equal("broken answered 500 Internal Server Error.", afterSecond.LastError);
        Assert.Equal(1, await host.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.Type.EndsWith(nameof(NoticeDeliveryFailed)) && m.Payload.Contains(afterSecond.Id.ToString()), Ct)));

        var official = await Citizens.OperatorAsync(host, "queue-operator");
        using var queue = await official.GetAsync("/officials/notifications?status=Failed");
        var html = await queue.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, queue.StatusCode);
        Assert.Contains($"data-delivery=\"{afterSecond.Id}\"", html, StringComparison.Ordinal);
        Assert.Contains("broken answered 500 Internal Server Error.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("시정명령 통지", html, StringComparison.Ordinal);

        using var retried = await official.SubmitAsync(queue, [], which: f => f.Action.Contains(afterSecond.Id.ToString(), StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        var again = await host.QueryAsync(db => db.Deliveries.AsNoTracking().SingleAsync(d => d.Id == afterSecond.Id, Ct));
        Assert.Equal((DeliveryStatus.Pending, 0), (again.Status, again.Attempts));
    }

    private async Task<HttpResponseMessage> ReceiptAsync(string app, string secret, object body, DateTimeOffset? at = null)
    {
        var json = JsonSerializer.Serialize(body);
        using var request = SignedWebhook.Create(new Uri($"/api/v1/notifications/receipts/{app}", UriKind.Relative), json, secret, at ?? DateTimeOffset.UtcNow);
        return await host.Factory.CreateClient().SendAsync(request, Ct);
    }
}
