using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Egov.Platform.Notifications;

/// <summary>
/// The platform's webhook contract, the same for every receiver (SMS gateways, institutions receiving documents):
/// a JSON POST signed with HMAC-SHA256 over <c>timestamp + "." + body</c> with the receiver's shared secret, in the
/// headers <see cref="TimestampHeader"/> and <see cref="SignatureHeader"/> (<c>sha256=</c> lower-case hex), so the
/// receiver can refuse forged or replayed requests.
/// </summary>
public static class SignedWebhook
{
    public const string TimestampHeader = "X-Egov-Timestamp";
    public const string SignatureHeader = "X-Egov-Signature";

    /// <summary>A POST of <paramref name="json"/> to <paramref name="url"/>, signed for now.</summary>
    public static HttpRequestMessage Create(Uri url, string json, string secret, DateTimeOffset now)
    {
        var timestamp = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add(TimestampHeader, timestamp);
        request.Headers.Add(SignatureHeader, "sha256=" + Sign(secret, timestamp, json));
        return request;
    }

    /// <summary>
    /// POSTs <paramref name="json"/> signed for now and waits up to <paramref name="timeout"/> for a 2xx. Returns null when
    /// the receiver accepted it, else why not, worded to follow the receiver's name ("answered 503 Service Unavailable.",
    /// "did not answer within 10 s.", "could not be reached: …"): every sender reports a refusal the same way.
    /// </summary>
    public static async Task<string?> PostAsync(
        HttpClient http, Uri url, string json, string secret, DateTimeOffset now, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        using var request = Create(url, json, secret, now);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            using var response = await http.SendAsync(request, deadline.Token);
            return response.IsSuccessStatusCode ? null : $"answered {(int)response.StatusCode} {response.ReasonPhrase}.";
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"did not answer within {timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s.";
        }
        catch (HttpRequestException ex)
        {
            return $"could not be reached: {ex.Message}";
        }
    }

    /// <summary>
    /// True when <paramref name="signature"/> is the sender's signature of <paramref name="body"/> at <paramref name="timestamp"/>
    /// and the timestamp lies within <paramref name="tolerance"/> of <paramref name="now"/>: the check a platform endpoint makes on a
    /// signed request it receives (a messenger's delivery receipt). The old timestamp refuses a replay, the constant-time
    /// comparison a guess timed byte by byte.
    /// </summary>
    public static bool IsValid(string secret, string? timestamp, string body, string? signature, DateTimeOffset now, TimeSpan tolerance)
    {
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds < DateTimeOffset.MinValue.ToUnixTimeSeconds() || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds()
            || (now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > tolerance
            || signature is null)
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes("sha256=" + Sign(secret, timestamp!, body));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.UTF8.GetBytes(signature));
    }

    /// <summary>Lower-case hex HMAC-SHA256 of <c>timestamp.body</c> with the shared secret; the receiver computes the same.</summary>
    public static string Sign(string secret, string timestamp, string body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));
}
