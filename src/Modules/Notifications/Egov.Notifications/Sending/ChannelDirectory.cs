using Egov.Notifications.Domain;
using Microsoft.Extensions.Options;

namespace Egov.Notifications.Sending;

/// <summary>
/// Which external channels this deployment offers (e-mail only with an SMTP server, messengers only as configured; SMS
/// always, through the platform's sender) and where a person's preferences send a notice.
/// </summary>
internal sealed class ChannelDirectory(IOptions<NotificationsOptions> options)
{
    private readonly NotificationsOptions settings = options.Value;

    public bool OffersEmail => settings.Smtp.IsConfigured;

    /// <summary>The configured messenger apps, code and name.</summary>
    public IReadOnlyList<(string Code, string Name)> Messengers =>
        [.. settings.Messengers.Where(m => m.Value.Url is not null).Select(m => (m.Key, m.Value.Name)).OrderBy(m => m.Name, StringComparer.Ordinal)];

    public MessengerOptions? Messenger(string? code) =>
        code is not null && settings.Messengers.TryGetValue(code, out var app) && app.Url is not null ? app : null;

    /// <summary>The channels a notice goes out on for a person, one address each; none without preferences.</summary>
    public IReadOnlyList<ChannelAddress> AddressesOf(Preferences? preferences)
    {
        if (preferences is null)
        {
            return [];
        }

        var addresses = new List<ChannelAddress>();
        if (OffersEmail && !string.IsNullOrEmpty(preferences.Email))
        {
            addresses.Add(new(Channels.Email, null, preferences.Email));
        }

        if (!string.IsNullOrEmpty(preferences.Phone))
        {
            addresses.Add(new(Channels.Sms, null, preferences.Phone));
        }

        if (Messenger(preferences.MessengerApp) is not null && !string.IsNullOrEmpty(preferences.MessengerAddress))
        {
            addresses.Add(new(Channels.Messenger, preferences.MessengerApp, preferences.MessengerAddress));
        }

        return addresses;
    }
}

/// <summary>One channel's address for a person.</summary>
internal sealed record ChannelAddress(string Channel, string? App, string Address);
