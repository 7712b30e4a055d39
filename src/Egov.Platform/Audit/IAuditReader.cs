namespace Egov.Platform.Audit;

/// <summary>
/// Reads the audit chain by subject, newest first: what a person's "who looked at my data" page lists. Pages go
/// backwards by sequence number, so entries appended while someone reads never shift a page.
/// </summary>
public interface IAuditReader
{
    /// <summary>
    /// Up to <paramref name="limit"/> entries whose subject is exactly <paramref name="subject"/>, sequence numbers
    /// below <paramref name="beforeSequence"/> (all when null), highest first.
    /// </summary>
    Task<IReadOnlyList<AuditEntry>> ForSubjectAsync(string subject, long? beforeSequence, int limit, CancellationToken cancellationToken = default);
}
