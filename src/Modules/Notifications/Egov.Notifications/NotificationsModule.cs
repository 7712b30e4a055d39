using Egov.Notifications.Contracts;
using Egov.Notifications.Data;
using Egov.Notifications.Delivering;
using Egov.Notifications.Inbox;
using Egov.Notifications.Queue;
using Egov.Notifications.Receipts;
using Egov.Notifications.Sending;
using Egov.Notifications.Settings;
using Egov.Platform;
using Egov.Platform.Persistence;
using MailKit.Security;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Notifications;

/// <summary>Registers the notification secretary: inboxes, preferences, the delivery queue and its job.</summary>
public static class NotificationsModule
{
    /// <summary>
    /// Adds the notifications database, <see cref="INotifications"/> for other modules, and the delivery job. SMS goes
    /// through the platform's <c>ISmsSender</c>, which the host registers.
    /// </summary>
    public static IServiceCollection AddNotificationsModule(this IServiceCollection services, DatabaseSettings database)
    {
        services.AddModuleDbContext<NotificationsDbContext, NotificationsSqliteDbContext, NotificationsPostgresDbContext>(database);
        services.AddOptions<NotificationsOptions>().BindConfiguration(NotificationsOptions.Section)
            .Validate(o => o.PublicUrl.IsAbsoluteUri, $"{NotificationsOptions.Section}:PublicUrl must be an absolute http(s) address")
            .Validate(o => !o.Smtp.IsConfigured || (Enum.TryParse<SecureSocketOptions>(o.Smtp.Security, out _) && o.Smtp.Sender.Contains('@', StringComparison.Ordinal)),
                $"{NotificationsOptions.Section}:Smtp needs a Sender address and a Security of None, StartTls, SslOnConnect or Auto")
            .Validate(o => o.Messengers.Values.All(m => m.Url is { IsAbsoluteUri: true } && m.Secret.Length >= 32),
                $"{NotificationsOptions.Section}:Messengers:<code> needs an absolute Url and a Secret of at least 32 characters")
            .Validate(o => o.MaxAttempts > 0 && o.BatchSize > 0 && o.DeliveryInterval > TimeSpan.Zero && o.InformationLimit >= 0,
                $"{NotificationsOptions.Section}: MaxAttempts, BatchSize and DeliveryInterval must be positive")
            .ValidateOnStart();
        services.AddSingleton<ChannelDirectory>();
        services.AddScoped<INotifications, NotificationSender>();
        services.AddScoped<NoticeInbox>();
        services.AddScoped<NotificationSettings>();
        services.AddScoped<DeliveryQueue>();
        services.AddScoped<DeliveryWorker>();
        services.AddScoped<IDeliveryChannel, EmailChannel>();
        services.AddScoped<IDeliveryChannel, SmsChannel>();
        services.AddHttpClient<MessengerChannel>();
        services.AddScoped<IDeliveryChannel>(sp => sp.GetRequiredService<MessengerChannel>());
        services.AddRecurringJob<DeliveryJob>();
        return services;
    }

    /// <summary>Maps the messengers' receipts endpoint; the pages are found by Razor Pages.</summary>
    public static IEndpointRouteBuilder MapNotificationsModule(this IEndpointRouteBuilder endpoints)
    {
        ReceiptsApi.Map(endpoints);
        return endpoints;
    }
}
