using System.Text.Json;
using Egov.Notifications.Domain;
using Egov.Notifications.Sending;
using Egov.Platform.Notifications;

namespace Egov.Notifications.Delivering;

/// <summary>
/// A messenger app (configured by code) receives the notice as a signed webhook (<see cref="SignedWebhook"/>); its 2xx
/// is the delivery receipt, and it reports delivery and reading later on the receipts endpoint, naming the delivery id.
/// </summary>
internal sealed class MessengerChannel(HttpClient http, ChannelDirectory channels, TimeProvider time) : IDeliveryChannel
{
    public string Channel => Channels.Messenger;

    public async Task SendAsync(Delivery delivery, OutgoingNotice notice, CancellationToken cancellationToken)
    {
        var app = channels.Messenger(delivery.App) ?? throw new DeliveryFailedException($"The messenger app '{delivery.App}' is no longer configured.");
        var json = JsonSerializer.Serialize(new
        {
            delivery = delivery.Id, to = delivery.Address, title = notice.Title, body = notice.Body, link = notice.Link,
            topic = notice.Topic, legal = notice.IsLegal, language = notice.Language,
        });
        if (await SignedWebhook.PostAsync(http, app.Url!, json, app.Secret, time.GetUtcNow(), app.Timeout, cancellationToken) is { } refusal)
        {
            throw new DeliveryFailedException($"{delivery.App} {refusal}");
        }
    }
}
