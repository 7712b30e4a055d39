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
        using var request = SignedWebhook.Create(settings.WebhookUrl!, payload, settings.WebhookSecret!, time.GetUtcNow());

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.Timeout);
        try
        {
            using var response = await http.SendAsync(request, timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                throw new SmsDeliveryException($"The SMS gateway answered {(int)response.StatusCode} {response.ReasonPhrase}.");
            }
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SmsDeliveryException($"The SMS gateway did not answer within {settings.Timeout.TotalSeconds:0.#} s.", ex);
        }
        catch (HttpRequestException ex)
        {
            throw new SmsDeliveryException($"The SMS gateway could not be reached: {ex.Message}", ex);
        }
    }
}
