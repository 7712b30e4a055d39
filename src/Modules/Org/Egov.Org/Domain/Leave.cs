namespace Egov.Org.Domain;

/// <summary>
/// A leave of absence, first to last day inclusive, with the deputy who acts for the official meanwhile (대결).
/// Ending it early records the day the official is back; the row itself is never deleted.
/// </summary>
internal sealed class Leave
{
    public Guid Id { get; set; }

    public Guid OfficialId { get; set; }

    public DateOnly From { get; set; }

    public DateOnly To { get; set; }

    public Guid DeputyId { get; set; }

    /// <summary>The day the official came back before <see cref="To"/>; null when the leave ran (or runs) its course.</summary>
    public DateOnly? ReturnedOn { get; set; }

    public DateTime RecordedAt { get; set; }

    public bool Covers(DateOnly day) => From <= day && day <= To && (ReturnedOn is not { } back || day < back);
}
