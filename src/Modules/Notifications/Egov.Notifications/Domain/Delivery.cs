using Egov.Notifications.Contracts;

namespace Egov.Notifications.Domain;

/// <summary>
/// One notice on one external channel (an e-mail, an SMS, a messenger message): queued at once, sent by the delivery
/// job when due. A host copy claims the row before sending (<see cref="ClaimedBy"/> until <see cref="ClaimedUntil"/>),
/// so two copies never send the same delivery.
/// </summary>
internal sealed class Delivery
{
    public Guid Id { get; set; }

    public Guid NoticeId { get; set; }

    public Guid ResidentId { get; set; }

    /// <summary>The notice's priority, copied: quiet hours and the rate limit judge by it without reading the notice.</summary>
    public NoticePriority Priority { get; set; }

    /// <summary><see cref="Channels.Email"/>, <see cref="Channels.Sms"/> or <see cref="Channels.Messenger"/>.</summary>
    public string Channel { get; set; } = "";

    /// <summary>The configured messenger app (a code of <c>Modules:Notifications:Messengers</c>) for a messenger delivery.</summary>
    public string? App { get; set; }

    /// <summary>Where it goes, as the person gave it when the notice was queued.</summary>
    public string Address { get; set; } = "";

    public DeliveryStatus Status { get; set; }

    public int Attempts { get; set; }

    /// <summary>Not sent before this time (UTC): the end of quiet hours, or the next retry.</summary>
    public DateTime DueAt { get; set; }

    public string? ClaimedBy { get; set; }

    public DateTime? ClaimedUntil { get; set; }

    /// <summary>Why the last attempt failed (the server's or gateway's words, never the notice's text).</summary>
    public string? LastError { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>When the channel accepted it: the SMTP server took the message, the gateway answered 2xx.</summary>
    public DateTime? SentAt { get; set; }

    /// <summary>When the messenger reported it delivered to the person's device (its signed receipt).</summary>
    public DateTime? DeliveredAt { get; set; }

    /// <summary>When the messenger reported the person read it.</summary>
    public DateTime? ReadAt { get; set; }
}

/// <summary>Where a delivery stands.</summary>
internal enum DeliveryStatus
{
    /// <summary>Due now or at <see cref="Delivery.DueAt"/> (a retry waits here with its last error).</summary>
    Pending = 0,

    /// <summary>Held back by the person's quiet hours until <see cref="Delivery.DueAt"/>.</summary>
    Deferred = 1,

    /// <summary>Accepted by the channel (SMTP server, gateway, messenger).</summary>
    Sent = 2,

    /// <summary>Reported delivered by the messenger's receipt.</summary>
    Delivered = 3,

    /// <summary>Reported read by the messenger's receipt.</summary>
    Read = 4,

    /// <summary>Gave up after the last attempt; an official may retry it.</summary>
    Failed = 5,
}

/// <summary>The external channels' names, as stored and as the officials' page shows them.</summary>
internal static class Channels
{
    public const string Email = "email";
    public const string Sms = "sms";
    public const string Messenger = "messenger";
}
