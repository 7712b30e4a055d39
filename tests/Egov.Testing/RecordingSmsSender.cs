using System.Collections.Concurrent;
using Egov.Platform.Notifications;

namespace Egov.Testing;

/// <summary>The SMS channel of test hosts: keeps every message, so a test reads the code a person would receive.</summary>
public sealed class RecordingSmsSender : ISmsSender
{
    private readonly ConcurrentQueue<SmsMessage> messages = new();

    public IReadOnlyCollection<SmsMessage> Messages => messages;

    public Task SendAsync(SmsMessage message, CancellationToken cancellationToken = default)
    {
        messages.Enqueue(message);
        return Task.CompletedTask;
    }

    /// <summary>
    /// The newest message to <paramref name="to"/> after <paramref name="seenBefore"/> messages had arrived there,
    /// waiting for the background queue to deliver it (5 s at most).
    /// </summary>
    public async Task<SmsMessage> NextToAsync(string to, int seenBefore = 0)
    {
        for (var waited = 0; waited < 5000; waited += 20)
        {
            var sent = messages.Where(m => m.To == to).ToList();
            if (sent.Count > seenBefore)
            {
                return sent[^1];
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"No SMS to {to} within 5 s.");
    }

    public int CountTo(string to) => messages.Count(m => m.To == to);
}
