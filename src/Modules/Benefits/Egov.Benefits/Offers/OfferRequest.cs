namespace Egov.Benefits.Offers;

/// <summary>
/// A person to evaluate for offers, queued by a life-event handler. The handler only queues: reading the register
/// (which logs the read) inside the handler's transaction would need a second writer while the first holds the lock.
/// </summary>
internal sealed class OfferRequest
{
    public Guid Id { get; set; }

    public Guid ResidentId { get; set; }

    /// <summary>What prompted it (<c>birth</c>); carried onto the offers.</summary>
    public required string Trigger { get; set; }

    /// <summary>The date the person is judged at.</summary>
    public DateOnly AsOf { get; set; }

    public DateTime RequestedAt { get; set; }

    /// <summary>Who to tell when offers are made, comma-separated resident ids: the person, or a newborn's parents.</summary>
    public required string Notify { get; set; }

    /// <summary>
    /// What makes the request unique when it must be made once only (the sweep's <c>sweep:day:person</c>); null for a
    /// life event, whose handler runs once per event already (twins queue their parents twice, rightly).
    /// </summary>
    public string? Key { get; set; }

    /// <summary>When the offers were made, or null while waiting.</summary>
    public DateTime? DoneAt { get; set; }
}
