namespace Egov.Platform.Audit;

/// <summary>The platform's single audit log, a hash chain. Modules record through this interface only.</summary>
public interface IAuditLog
{
    /// <summary>
    /// Appends one entry and returns its sequence number once it is committed. The entry is written in a transaction
    /// of the audit chain's own (never the caller's), with the other appends of this process that arrived meanwhile.
    /// </summary>
    Task<long> AppendAsync(AuditRecord record, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends <paramref name="records"/> in order, in one transaction (one lock, one batch insert), and returns
    /// their sequence numbers once committed; they follow each other. For one act that touches many people at once.
    /// </summary>
    Task<IReadOnlyList<long>> AppendManyAsync(IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken = default);

    /// <summary>Walks the whole chain in order with flat memory; reports the first broken entry.</summary>
    Task<AuditVerification> VerifyAsync(IProgress<long>? progress = null, CancellationToken cancellationToken = default);
}

/// <summary>The outcome of a chain walk.</summary>
/// <param name="Entries">Entries checked (all of them when intact; up to the broken one otherwise).</param>
/// <param name="BrokenAt">Sequence number of the first entry that does not match, or null.</param>
/// <param name="Problem">What is wrong with that entry.</param>
public sealed record AuditVerification(long Entries, long? BrokenAt, string? Problem)
{
    public bool IsIntact => BrokenAt is null;
}
