namespace Egov.Platform.Events;

/// <summary>Outbox dispatch settings, bound from <c>Platform:Outbox</c>.</summary>
public sealed class OutboxOptions
{
    public bool Enabled { get; set; } = true;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public int BatchSize { get; set; } = 50;

    /// <summary>After this many failures a delivery is dead-lettered and waits for an operator.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>First retry delay; each further failure doubles it, up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan BaseBackoff { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a claimed batch belongs to one host copy before another may take it over.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);
}
