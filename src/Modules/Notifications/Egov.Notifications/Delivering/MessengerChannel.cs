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
        using var request = SignedWebhook.Create(app.Url!, json, app.Secret, time.GetUtcNow());
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(app.Timeout);
        try
        {
            using var response = await http.SendAsync(request, timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                throw new DeliveryFailedException($"{delivery.App} answered {(int)response.StatusCode} {response.ReasonPhrase}.");
            }
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new DeliveryFailedException($"{delivery.App} did not answer within {app.Timeout.TotalSeconds:0.#} s.", ex);
        }
        catch (HttpRequestException ex)
        {
            throw new DeliveryFailedException($"{delivery.App} could not be reached: {ex.Message}", ex);
        }
    }
}
