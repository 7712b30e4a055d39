using Egov.Platform.Packs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Platform.Notifications;

/// <summary>Registers the SMS channel the configuration names (<see cref="SmsSettings"/>).</summary>
public static class SmsServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="ISmsSender"/> and <see cref="SmsQueue"/>: the log in a demo pack unless told otherwise, the
    /// signed webhook in production. A production pack without a configured gateway fails here, at start-up.
    /// </summary>
    public static IServiceCollection AddEgovSms(this IServiceCollection services, IConfiguration configuration, CountryPack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var settings = SmsSettings.From(configuration, pack.IsDemo);
        services.AddSingleton(settings);
        if (settings.Sender == SmsSettings.Webhook)
        {
            services.AddHttpClient<ISmsSender, WebhookSmsSender>();
        }
        else
        {
            services.AddSingleton<ISmsSender, LoggingSmsSender>();
        }

        services.AddSingleton<SmsQueue>();
        services.AddHostedService<SmsQueueService>();
        return services;
    }
}
