namespace Egov.Platform.Jobs;

/// <summary>
/// One occurrence of a recurring job. The primary key (job, occurrence) is the lock: the host copy whose
/// insert succeeds runs that occurrence; a lease lets another copy take over if the runner dies.
/// </summary>
public sealed class JobRun
{
    public string Job { get; set; } = "";

    /// <summary>Start of the time slot this run covers (UTC, a multiple of the job's interval).</summary>
    public DateTime Occurrence { get; set; }

    public string Owner { get; set; } = "";

    public JobRunStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTime StartedAt { get; set; }

    public DateTime LeaseUntil { get; set; }

    public DateTime? FinishedAt { get; set; }

    public string? Error { get; set; }
}

/// <summary>Where one occurrence stands.</summary>
public enum JobRunStatus
{
    /// <summary>Claimed and running (or its runner died: see the lease).</summary>
    Running = 0,
    /// <summary>Finished without error.</summary>
    Succeeded = 1,
    /// <summary>Threw; not retried within the same occurrence once attempts are spent.</summary>
    Failed = 2,
}
