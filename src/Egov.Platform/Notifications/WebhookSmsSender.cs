using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;

namespace Egov.Platform.Notifications;

/// <summary>
/// Hands messages to an SMS gateway's webhook: a JSON POST <c>{"to","text"}</c> signed with HMAC-SHA256 over
/// <c>timestamp + "." + body</c> (headers <see cref="TimestampHeader"/> and <see cref="SignatureHeader"/>), so the
/// gateway can refuse forged or replayed requests. Anything but a 2xx answer in time is a <see cref="SmsDeliveryException"/>.
/// </summary>
internal sealed class WebhookSmsSender(HttpClient http, SmsSettings settings, TimeProvider time) : ISmsSender
{
    public const string TimestampHeader = "X-Egov-Timestamp";
    public const string SignatureHeader = "X-Egov-Signature";

    public async Task SendAsync(SmsMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var body = JsonContent.Create(new { to = message.To, text = message.Text });
        var payload = await body.ReadAsStringAsync(cancellationToken);
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.WebhookUrl)
        {
            Content = new StringContent(payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(TimestampHeader, timestamp);
        request.Headers.Add(SignatureHeader, "sha256=" + Sign(settings.WebhookSecret!, timestamp, payload));

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

    /// <summary>Lower-case hex HMAC-SHA256 of <c>timestamp.body</c> with the shared secret; the gateway computes the same.</summary>
    public static string Sign(string secret, string timestamp, string body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));
}
