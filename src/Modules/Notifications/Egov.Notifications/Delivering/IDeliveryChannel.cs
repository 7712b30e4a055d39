using Egov.Notifications.Domain;

namespace Egov.Notifications.Delivering;

/// <summary>One external channel. Sending returns once the channel accepted the message (the delivery receipt).</summary>
internal interface IDeliveryChannel
{
    /// <summary>The channel's name (<see cref="Channels"/>).</summary>
    string Channel { get; }

    /// <summary>Hands the notice over; throws <see cref="DeliveryFailedException"/> when the channel refuses or cannot be reached.</summary>
    Task SendAsync(Delivery delivery, OutgoingNotice notice, CancellationToken cancellationToken);
}

/// <summary>A notice as it leaves the platform, in the recipient's language.</summary>
/// <param name="Title">The title, marked when the notice is legal.</param>
/// <param name="Body">The body.</param>
/// <param name="Link">Where to act on it, absolute, or null.</param>
/// <param name="Topic">The topic code.</param>
/// <param name="IsLegal">Whether it has legal effect.</param>
/// <param name="Language">The language it is written in.</param>
internal sealed record OutgoingNotice(string Title, string Body, Uri? Link, string Topic, bool IsLegal, string Language);

/// <summary>The channel did not accept the message; the reason names what failed (server, status), never the text.</summary>
internal sealed class DeliveryFailedException : Exception
{
    public DeliveryFailedException()
    {
    }

    public DeliveryFailedException(string message)
        : base(message)
    {
    }

    public DeliveryFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
