namespace Egov.Platform.Notifications;

/// <summary>
/// Sends a text message to a mobile phone. The platform's notification channel: the host picks one
/// implementation by configuration (<c>Platform:Sms</c>), and the Notifications module will implement the same
/// contract, so callers never know which gateway carries the message.
/// </summary>
public interface ISmsSender
{
    /// <summary>Sends <paramref name="message"/>; throws <see cref="SmsDeliveryException"/> when the gateway refuses or cannot be reached.</summary>
    Task SendAsync(SmsMessage message, CancellationToken cancellationToken = default);
}

/// <summary>A text message.</summary>
/// <param name="To">The recipient in E.164 form (<c>+821012345678</c>).</param>
/// <param name="Text">The message, short enough for one SMS in the recipient's language.</param>
public sealed record SmsMessage(string To, string Text);

/// <summary>The message could not be handed to the gateway; the reason says which part failed, never the text.</summary>
public sealed class SmsDeliveryException : Exception
{
    public SmsDeliveryException()
    {
    }

    public SmsDeliveryException(string message)
        : base(message)
    {
    }

    public SmsDeliveryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
