namespace Egov.Platform.Jobs;

/// <summary>Job scheduling settings, bound from <c>Platform:Jobs</c>.</summary>
public sealed class JobOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>How often each host copy looks for a due occurrence.</summary>
    public TimeSpan TickInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A runner renews its lease while working; a copy may take over a run whose lease lapsed.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>An occurrence whose runner keeps dying is abandoned after this many starts.</summary>
    public int MaxAttempts { get; set; } = 3;
}
