namespace Egov.Benefits.WhatIf;

/// <summary>
/// An official's draft of a rule change (new condition expressions and amount for one benefit) and its simulation over
/// the whole population: how many people the rule in force grants, how many the draft would, and what each costs a year.
/// </summary>
internal sealed class PolicyDraft
{
    public Guid Id { get; set; }

    public required string BenefitCode { get; set; }

    /// <summary>The drafted conditions as JSON: <c>[{"id":"under-8","when":"AgeMonths &lt; 108"}]</c>.</summary>
    public required string ConditionsJson { get; set; }

    /// <summary>The drafted amount expression, or null when the benefit has none.</summary>
    public string? Amount { get; set; }

    /// <summary>The date both rules are judged at.</summary>
    public DateOnly AsOf { get; set; }

    public required string DraftedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary><see cref="DraftStatus"/>.</summary>
    public required string Status { get; set; }

    /// <summary>Set while running: a run whose heartbeat stops (its host died) is taken up again.</summary>
    public DateTime? HeartbeatAt { get; set; }

    public long People { get; set; }

    public long Total { get; set; }

    public long CurrentCount { get; set; }

    public long DraftCount { get; set; }

    /// <summary>Granted by the draft, not by the rule in force.</summary>
    public long Gained { get; set; }

    /// <summary>Granted by the rule in force, not by the draft.</summary>
    public long Lost { get; set; }

    public decimal CurrentYearlyCost { get; set; }

    public decimal DraftYearlyCost { get; set; }

    public DateTime? FinishedAt { get; set; }

    public string? Error { get; set; }
}

/// <summary>A simulation waits, runs, then is done (or failed with the reason).</summary>
internal static class DraftStatus
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Done = "done";
    public const string Failed = "failed";
}
