using Egov.Platform.Audit;

namespace Egov.Registries.Tests.Support;

/// <summary>An audit log that keeps records in memory, for unit tests that need no database.</summary>
internal sealed class RecordingAuditLog : IAuditLog
{
    public List<AuditRecord> Records { get; } = [];

    public Task<long> AppendAsync(AuditRecord record, CancellationToken cancellationToken = default)
    {
        Records.Add(record);
        return Task.FromResult((long)Records.Count);
    }

    public async Task<IReadOnlyList<long>> AppendManyAsync(IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken = default)
    {
        var sequences = new List<long>();
        foreach (var record in records)
        {
            sequences.Add(await AppendAsync(record, cancellationToken));
        }

        return sequences;
    }

    public Task<AuditVerification> VerifyAsync(IProgress<long>? progress = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(new AuditVerification(Records.Count, null, null));
}
