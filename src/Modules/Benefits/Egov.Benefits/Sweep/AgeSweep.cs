namespace Egov.Benefits.Sweep;

/// <summary>One day's sweep for age thresholds: when it ran and how far it got, for the operators and for resuming.</summary>
internal sealed class AgeSweep
{
    /// <summary>The day whose threshold crossings were looked for.</summary>
    public DateOnly Day { get; set; }

    public DateTime StartedAt { get; set; }

    /// <summary>Set once every person found was queued; a sweep without it is run again.</summary>
    public DateTime? FinishedAt { get; set; }

    /// <summary>People born on a threshold date, streamed so far.</summary>
    public int Found { get; set; }

    /// <summary>Of them, queued for offers by this sweep (not by an earlier, interrupted one).</summary>
    public int Queued { get; set; }
}
