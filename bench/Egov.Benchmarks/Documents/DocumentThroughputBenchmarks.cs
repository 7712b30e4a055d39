using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Egov.Documents.Pdf;
using Egov.Documents.Rendering;
using Egov.Documents.TimeStamping;
using Egov.Documents.Tests.Pdf;
using Egov.Platform.Pdf;

namespace Egov.Benchmarks.Documents;

/// <summary>
/// Throughput on every core: <see cref="Batch"/> operations spread over one worker per core, so a row's mean is
/// wall time per operation and 1 s / mean is the machine's rate. Raw ECDSA P-256 signing on every core is the
/// baseline of the same run; render + PAdES sign (B-B and B-T) is the issuance pipeline without the database, each document
/// another household (<see cref="SampleHouseholds"/>).
/// </summary>
[ShortRunJob]
public class DocumentThroughputBenchmarks
{
    public const int Batch = 64;

    private readonly DocumentKeys keys = new();
    private readonly CertificateContent[] households = SampleHouseholds.Make(Batch);
    private readonly byte[] signedAttributes = RandomNumberGenerator.GetBytes(140);
    private readonly ParallelOptions everyCore = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };
    private PadesSigner signer = null!;
    private ITimeStampAuthority tsa = null!;

    [GlobalSetup]
    public void Setup()
    {
        signer = new PadesSigner(TimeProvider.System);
        tsa = keys.Tsa(TimeProvider.System);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Batch * 64)]
    public void EcdsaP256SignEveryCore() => Parallel.For(0, Batch * 64, everyCore, _ =>
        keys.DocumentSigning.PrivateKey.SignData(signedAttributes, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));

    [Benchmark(OperationsPerInvoke = Batch)]
    public Task RenderAndSignBaselineBEveryCore() => Parallel.ForAsync(0, Batch, everyCore, async (i, cancellationToken) =>
        await signer.SignAsync(CertificatePdf.Render(households[i], SampleCertificates.DocumentNumber, DocumentKeys.IssuedAt), keys.DocumentSigning, null, cancellationToken));

    [Benchmark(OperationsPerInvoke = Batch)]
    public Task RenderAndSignBaselineTEveryCore() => Parallel.ForAsync(0, Batch, everyCore, async (i, cancellationToken) =>
        await signer.SignAsync(CertificatePdf.Render(households[i], SampleCertificates.DocumentNumber, DocumentKeys.IssuedAt), keys.DocumentSigning, tsa, cancellationToken));
}
