using Egov.Notifications.Contracts;
using Egov.Notifications.Data;
using Egov.Notifications.Delivering;
using Egov.Notifications.Domain;
using Egov.Notifications.Settings;
using Egov.Platform.Jobs;
using Egov.Platform.Notifications;
using Egov.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Notifications.Tests;

/// <summary>Two copies of the host on one database send the same queue at the same moment: every delivery goes out once.</summary>
public sealed class TwoCopiesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DeliveryJob_RunningInBothCopiesAtOnce_SendsEachDeliveryOnce()
    {
        await using var database = await TestDatabase.CreateAsync(Ct);
        var settings = new Dictionary<string, string?> { ["Platform:Jobs:Enabled"] = "false" };
        await using var firstHost = new EgovHostFactory(database, settings);
        await using var secondHost = new EgovHostFactory(database, settings);
        await using var first = Slowed(firstHost);
        await using var second = Slowed(secondHost);
        // Both copies' job paths warmed up on an empty queue first: on a busy machine the first run of a cold copy
        // (JIT, pools) took longer than the other copy needed to send the whole queue, and nothing raced.
        await Task.WhenAll(RunJobAsync(first), RunJobAsync(second));
        var phones = Enumerable.Range(0, 30).Select(i => $"+8210555{i:D5}").ToList();
        foreach (var phone in phones)
        {
            await QueueAsync(first, phone);
        }

        await Task.WhenAll(RunJobAsync(first), RunJobAsync(second));

        Assert.All(phones, phone => Assert.Equal(1, firstHost.Sms.CountTo(phone) + secondHost.Sms.CountTo(phone)));
        Assert.True(firstHost.Sms.Messages.Count > 0 && secondHost.Sms.Messages.Count > 0, "one copy sent everything: the test did not race");
        await using var scope = first.Services.CreateAsyncScope();
        Assert.Equal(phones.Count, await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Deliveries
            .CountAsync(d => d.Status == DeliveryStatus.Sent && d.Attempts == 1, Ct));
    }

    /// <summary>The copy with a gateway that takes a moment per message, so the two copies' runs overlap.</summary>
    private static WebApplicationFactory<Program> Slowed(EgovHostFactory host) =>
        host.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ISmsSender>(new SlowGateway(host.Sms))));

    private static async Task QueueAsync(WebApplicationFactory<Program> host, string phone)
    {
        var resident = Guid.NewGuid();
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<NotificationSettings>().SaveAsync(resident, new Preferences { Language = "ko", Phone = phone }, Ct);
        await scope.ServiceProvider.GetRequiredService<INotifications>().SendAsync(
            Support.NotificationsHost.Notice(resident, "disaster-alerts", NoticePriority.Legal, "대피 안내"), Ct);
    }

    private static Task RunJobAsync(WebApplicationFactory<Program> host) =>
        Task.Run(() => host.Services.GetServices<IRecurringJob>().OfType<DeliveryJob>().Single().RunAsync(DateTime.UtcNow, Ct), Ct);

    private sealed class SlowGateway(RecordingSmsSender recorder) : ISmsSender
    {
        public async Task SendAsync(SmsMessage message, CancellationToken cancellationToken = default)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(60), cancellationToken);
            await recorder.SendAsync(message, cancellationToken);
        }
    }
}
