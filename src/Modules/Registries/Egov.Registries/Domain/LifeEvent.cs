namespace Egov.Registries.Domain;

/// <summary>
/// A change to the population register with its effective date, as recorded; its sequence orders the change
/// feed that agencies follow. Rows are never updated or deleted.
/// </summary>
internal sealed class LifeEvent
{
    /// <summary>The feed position: increasing in commit order (recording takes the feed lock).</summary>
    public long Sequence { get; set; }

    public required string Kind { get; set; }

    public Guid ResidentId { get; set; }

    /// <summary>The other person concerned: a spouse, or for a birth the first parent.</summary>
    public Guid? RelatedResidentId { get; set; }

    public DateOnly EffectiveOn { get; set; }

    public DateTime RecordedAt { get; set; }

    /// <summary>Who recorded it (<c>account:&lt;id&gt;</c> of an official, or <c>system:&lt;component&gt;</c>).</summary>
    public required string RecordedBy { get; set; }

    /// <summary>For a move: the new address's region.</summary>
    public string? RegionCode { get; set; }
}

/// <summary>The codes of <see cref="LifeEvent.Kind"/>.</summary>
internal static class LifeEventKind
{
    public const string Birth = "birth";
    public const string Death = "death";
    public const string MoveIn = "move_in";
    public const string Marriage = "marriage";
    public const string Divorce = "divorce";
    public const string NameChange = "name_change";
    public const string Correction = "correction";
}
