using Egov.Notifications.Contracts;
using Egov.Notifications.Data;
using Egov.Notifications.Delivering;
using Egov.Notifications.Domain;
using Egov.Notifications.Settings;
using Egov.Platform.Jobs;
using Egov.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Egov.Notifications.Tests;

/// <summary>
/// <see cref="INotifications"/> on the real host and database with the clock in the test's hand: de-duplication within
/// its window, the information rate limit, and quiet hours that hold back all but legal notices until they end.
/// </summary>
public sealed class SenderTests : IAsyncLifetime
{
    private static readonly TimeSpan Kst = TimeSpan.FromHours(9);

    // Half past eleven at night in Seoul, tomorrow: inside quiet hours of 22:00–07:00.
    private readonly FakeTimeProvider time = new(new DateTimeOffset(DateTime.SpecifyKind(DateTime.UtcNow.AddHours(9).Date.AddDays(1).AddHours(23.5), DateTimeKind.Unspecified), Kst));
    private TestDatabase? database;
    private EgovHostFactory? host;
    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(Ct);
        host = new EgovHostFactory(database, new Dictionary<string, string?>
        {
            ["Platform:Jobs:Enabled"] = "false",
            ["Modules:Notifications:InformationLimit"] = "2",
        });
        factory = host.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(time)));
        _ = factory.Server;
    }

    public async ValueTask DisposeAsync()
    {
        await factory.DisposeAsync();
        await host!.DisposeAsync();
        await database!.DisposeAsync();
    }

    [Fact]
    public async Task SameKey_WithinTheWindow_IsOneNotice_AndAfterItANewOne()
    {
        var resident = await PersonWithPhoneAsync(quiet: false);

        var first = await SendAsync(resident, NoticePriority.Important, key: "benefits.offer:42");
        time.Advance(TimeSpan.FromHours(23));
        var repeat = await SendAsync(resident, NoticePriority.Important, key: "benefits.offer:42");
        time.Advance(TimeSpan.FromHours(2));
        var later = await SendAsync(resident, NoticePriority.Important, key: "benefits.offer:42");

        Assert.Equal((NoticeOutcome.Duplicate, first.NoticeId, 0), (repeat.Outcome, repeat.NoticeId, repeat.ExternalDeliveries));
        Assert.Equal(NoticeOutcome.Queued, later.Outcome);
        Assert.NotEqual(first.NoticeId, later.NoticeId);
        Assert.Equal(2, await QueryAsync(db => db.Notices.CountAsync(n => n.ResidentId == resident, Ct)));
    }

    [Fact]
    public async Task InformationBeyondTheLimit_StaysInTheInbox_WhileImportantAndLegalStillGoOut()
    {
        var resident = await PersonWithPhoneAsync(quiet: false);

        var outcomes = new List<NoticeOutcome>();
        foreach (var priority in new[] { NoticePriority.Information, NoticePriority.Information, NoticePriority.Information, NoticePriority.Important, NoticePriority.Legal })
        {
            outcomes.Add((await SendAsync(resident, priority)).Outcome);
        }

        Assert.Equal([NoticeOutcome.Queued, NoticeOutcome.Queued, NoticeOutcome.InboxOnlyRateLimited, NoticeOutcome.Queued, NoticeOutcome.Queued], outcomes);
        Assert.Equal(5, await QueryAsync(db => db.Notices.CountAsync(n => n.ResidentId == resident, Ct)));
        Assert.Equal(4, await QueryAsync(db => db.Deliveries.CountAsync(d => d.ResidentId == resident, Ct)));
    }

    [Fact]
    public async Task InQuietHours_OnlyTheLegalNoticeIsSent_TheOthersWaitUntilSevenInTheMorning()
    {
        var resident = await PersonWithPhoneAsync(quiet: true);
        var phone = Phone(resident);

        await SendAsync(resident, NoticePriority.Important);
        await SendAsync(resident, NoticePriority.Legal);
        await DeliverDueAsync();

        Assert.Equal(1, host!.Sms.CountTo(phone));
        var deferred = await QueryAsync(db => db.Deliveries.SingleAsync(d => d.ResidentId == resident && d.Priority == NoticePriority.Important, Ct));
        var morning = new DateTimeOffset(time.GetUtcNow().ToOffset(Kst).Date.AddDays(1).AddHours(7), Kst).UtcDateTime;
        Assert.Equal((DeliveryStatus.Deferred, morning), (deferred.Status, deferred.DueAt));

        time.Advance(TimeSpan.FromHours(8));
        await DeliverDueAsync();
        Assert.Equal(2, host.Sms.CountTo(phone));
    }

    private static string Phone(Guid resident) => $"+8210{Math.Abs(resident.GetHashCode()) % 100_000_000:D8}";

    private async Task<Guid> PersonWithPhoneAsync(bool quiet)
    {
        var resident = Guid.NewGuid();
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<NotificationSettings>().SaveAsync(resident, new Preferences
        {
            Language = "ko", Phone = Phone(resident),
            QuietFrom = quiet ? new TimeOnly(22, 0) : null, QuietUntil = quiet ? new TimeOnly(7, 0) : null,
        }, Ct);
        return resident;
    }

    private async Task<NoticeReceipt> SendAsync(Guid resident, NoticePriority priority, string? key = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<INotifications>().SendAsync(
            Support.NotificationsHost.Notice(resident, "benefits", priority, "알림", key), Ct);
    }

    private async Task DeliverDueAsync() =>
        await factory.Services.GetServices<IRecurringJob>().OfType<DeliveryJob>().Single().RunAsync(time.GetUtcNow().UtcDateTime, Ct);

    private async Task<T> QueryAsync<T>(Func<NotificationsDbContext, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<NotificationsDbContext>());
    }
}
