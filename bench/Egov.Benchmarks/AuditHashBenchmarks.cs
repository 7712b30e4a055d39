using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using Egov.Platform.Audit;

namespace Egov.Benchmarks;

/// <summary>
/// The audit chain's hash against the raw SHA-256 of the same bytes: what the field framing costs on top
/// of the crypto limit, the baseline measured in the same run.
/// </summary>
[MemoryDiagnoser]
public class AuditHashBenchmarks
{
    private readonly AuditEntry entry = new()
    {
        Sequence = 123_456_789,
        At = new DateTime(2026, 3, 9, 9, 30, 0, DateTimeKind.Utc),
        Actor = "official:0123456",
        OnBehalfOf = "person:98765",
        Action = "registries.person.read",
        Subject = "person:98765",
        Purpose = "basic pension eligibility",
        LegalBasis = "Basic Pension Act art. 10",
        PreviousHash = new string('a', 64),
    };

    private byte[] sameBytes = [];

    [GlobalSetup]
    public void Setup() => sameBytes = Encoding.UTF8.GetBytes(
        $"9:123456789|28:2026-03-09T09:30:00.0000000Z|16:{entry.Actor}|12:{entry.OnBehalfOf}|22:{entry.Action}|12:{entry.Subject}|25:{entry.Purpose}|25:{entry.LegalBasis}|64:{entry.PreviousHash}|");

    [Benchmark(Baseline = true)]
    public byte[] RawSha256() => SHA256.HashData(sameBytes);

    [Benchmark]
    public string ChainHash() => AuditHash.Compute(entry);
}
