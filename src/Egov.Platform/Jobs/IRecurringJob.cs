namespace Egov.Platform.Jobs;

/// <summary>
/// Work that recurs on a fixed interval (a nightly sweep, a daily age check). Each occurrence runs in
/// exactly one host copy, whichever claims it first in the database.
/// </summary>
public interface IRecurringJob
{
    /// <summary>Stable name, the key of its runs in the database.</summary>
    string Name { get; }

    /// <summary>Occurrences start at multiples of this interval since the Unix epoch (UTC).</summary>
    TimeSpan Interval { get; }

    /// <summary>Runs one occurrence; <paramref name="occurrence"/> is the start of its time slot.</summary>
    Task RunAsync(DateTime occurrence, CancellationToken cancellationToken);
}
