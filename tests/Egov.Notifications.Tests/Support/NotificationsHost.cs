using System.Globalization;
using System.Net;
using Egov.Notifications.Contracts;
using Egov.Notifications.Data;
using Egov.Notifications.Delivering;
using Egov.Platform.Jobs;
using Egov.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Notifications.Tests.Support;

/// <summary>
/// The real host over a fresh database, with a real SMTP server, a messenger app that accepts (<c>chat</c>) and one that
/// answers 500 (<c>broken</c>), both checking signatures. The scheduler is off: a test runs the delivery job itself, so it
/// knows when sending happened; retries are due at once and two attempts are all a delivery gets.
/// </summary>
public sealed class NotificationsHost : IAsyncLifetime
{
    public const string ChatSecret = "chat-app-shared-secret-of-at-least-32-chars";
    public const string BrokenSecret = "broken-app-shared-secret-of-at-least-32-ch";

    private TestDatabase? database;

    public EgovHostFactory Factory { get; private set; } = null!;

    internal LocalSmtpServer Smtp { get; private set; } = null!;

    public WebhookReceiver Chat { get; private set; } = null!;

    public WebhookReceiver Broken { get; private set; } = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        Smtp = LocalSmtpServer.Start();
        Chat = await WebhookReceiver.StartAsync(ChatSecret);
        Broken = await WebhookReceiver.StartAsync(BrokenSecret, HttpStatusCode.InternalServerError);
        database = await TestDatabase.CreateAsync(Ct);
        Factory = new EgovHostFactory(database, new Dictionary<string, string?>
        {
            ["Platform:Jobs:Enabled"] = "false",
            ["Modules:Notifications:Smtp:Host"] = "127.0.0.1",
            ["Modules:Notifications:Smtp:Port"] = Smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Modules:Notifications:Smtp:Security"] = "None",
            ["Modules:Notifications:Smtp:Sender"] = "noreply@egov.example",
            ["Modules:Notifications:Smtp:SenderName"] = "Enjoy e-Gov",
            ["Modules:Notifications:Messengers:chat:Name"] = "Chat",
            ["Modules:Notifications:Messengers:chat:Url"] = Chat.Url.ToString(),
            ["Modules:Notifications:Messengers:chat:Secret"] = ChatSecret,
            ["Modules:Notifications:Messengers:broken:Name"] = "Broken",
            ["Modules:Notifications:Messengers:broken:Url"] = Broken.Url.ToString(),
            ["Modules:Notifications:Messengers:broken:Secret"] = BrokenSecret,
            ["Modules:Notifications:MaxAttempts"] = "2",
            ["Modules:Notifications:RetryBase"] = "00:00:00",
        });
        _ = Factory.Server;
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await database!.DisposeAsync();
        await Chat.DisposeAsync();
        await Broken.DisposeAsync();
        Smtp.Dispose();
    }

    /// <summary>Hands a notice to the module as another module would.</summary>
    public async Task<NoticeReceipt> SendAsync(Notice notice)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<INotifications>().SendAsync(notice, Ct);
    }

    /// <summary>One run of the delivery job, as the scheduler would start it.</summary>
    public async Task DeliverDueAsync() =>
        await Factory.Services.GetServices<IRecurringJob>().OfType<DeliveryJob>().Single().RunAsync(DateTime.UtcNow, Ct);

    /// <summary>Reads the module's tables.</summary>
    internal async Task<T> QueryAsync<T>(Func<NotificationsDbContext, Task<T>> query)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<NotificationsDbContext>());
    }

    /// <summary>A notice with the same text in Korean and English.</summary>
    public static Notice Notice(Guid resident, string topic, NoticePriority priority, string title, string? key = null) =>
        new(new Registries.Contracts.ResidentId(resident), topic, priority,
            new Dictionary<string, NoticeText> { ["ko"] = new(title, $"{title} 본문"), ["en"] = new($"{title} (en)", "Body") },
            new Uri("/my/documents", UriKind.Relative), key);
}
