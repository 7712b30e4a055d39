using System.Text.Json;

namespace Egov.Platform.Events;

/// <summary>An integration event stored in its module's outbox, written with the change it announces.</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; private set; }

    /// <summary>The event's CLR full name; handlers are found by it.</summary>
    public string Type { get; private set; } = "";

    public string Payload { get; private set; } = "";

    public DateTime OccurredAt { get; private set; }

    /// <summary>When every handler succeeded or was dead-lettered; null while work remains.</summary>
    public DateTime? ProcessedAt { get; internal set; }

    public DateTime NextAttemptAt { get; internal set; }

    /// <summary>The host copy holding the lease; another copy may take the message once the lease ends.</summary>
    public string? LeaseOwner { get; internal set; }

    public DateTime? LeaseUntil { get; internal set; }

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static OutboxMessage Create(IIntegrationEvent integrationEvent, DateTime occurredAtUtc)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var type = integrationEvent.GetType();
        return new OutboxMessage
        {
            Id = Guid.CreateVersion7(occurredAtUtc),
            Type = type.FullName!,
            Payload = JsonSerializer.Serialize(integrationEvent, type, Json),
            OccurredAt = occurredAtUtc,
            NextAttemptAt = occurredAtUtc,
        };
    }
}

/// <summary>Delivery state of one message to one handler: the per-handler bookkeeping of the outbox.</summary>
public sealed class OutboxDelivery
{
    public Guid MessageId { get; set; }

    public string Handler { get; set; } = "";

    public DeliveryStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTime NextAttemptAt { get; set; }

    public string? LastError { get; set; }

    public DateTime? CompletedAt { get; set; }
}

/// <summary>Where one delivery stands.</summary>
public enum DeliveryStatus
{
    /// <summary>Not yet delivered; retried from <see cref="OutboxDelivery.NextAttemptAt"/>.</summary>
    Pending = 0,
    /// <summary>The handler succeeded.</summary>
    Done = 1,
    /// <summary>Failed too often; waits for an operator to replay it.</summary>
    Dead = 2,
}

/// <summary>The mark a handler leaves in its own module, in the same transaction as its work.</summary>
public sealed class InboxEntry
{
    public Guid MessageId { get; set; }

    public string Handler { get; set; } = "";

    public DateTime ProcessedAt { get; set; }
}
