using System.Net.Http.Json;

namespace Egov.Platform.Notifications;

/// <summary>
/// Hands messages to an SMS gateway's webhook: a JSON POST <c>{"to","text"}</c> signed as every platform webhook is
/// (<see cref="SignedWebhook"/>). Anything but a 2xx answer in time is a <see cref="SmsDeliveryException"/>.
/// </summary>
internal sealed class WebhookSmsSender(HttpClient http, SmsSettings settings, TimeProvider time) : ISmsSender
{
    public async Task SendAsync(SmsMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var body = JsonContent.Create(new { to = message.To, text = message.Text });
        var payload = await body.ReadAsStringAsync(cancellationToken);
        if (await SignedWebhook.PostAsync(http, settings.WebhookUrl!, payload, settings.WebhookSecret!, time.GetUtcNow(), settings.Timeout, cancellationToken) is { } refusal)
        {
            throw new SmsDeliveryException($"The SMS gateway {refusal}");
        }
    }
}
