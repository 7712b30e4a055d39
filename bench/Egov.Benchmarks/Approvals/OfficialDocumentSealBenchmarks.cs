using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Egov.Approvals.Sealing;
using Egov.Approvals.Tests.Sealing;
using Egov.Benchmarks.Documents;
using Egov.Platform.Packs;
using Egov.Platform.Pdf;

namespace Egov.Benchmarks.Approvals;

/// <summary>
/// One sealed official document on one core: the layout (<c>OfficialDocumentPdf.Render</c>: the one-page payment
/// notice of the tests, body amounts and dates written by the kr pack's rules, the approval block and the seal), the
/// same saved unsigned, and rendered and sealed as <c>OfficialDocumentSealer</c> does (PAdES B-B; the key store's
/// lookup, cached for a minute, left out). The baseline is the raw ECDSA P-256 signature of the bytes a CAdES signer
/// signs (its signed attributes, ~140 bytes), same run.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class OfficialDocumentSealBenchmarks
{
    private readonly DocumentKeys keys = new();
    private readonly byte[] signedAttributes = RandomNumberGenerator.GetBytes(140);
    private readonly OfficialDocument document = SampleDocuments.Payment();
    private OfficialWriting writing = null!;
    private PadesSigner signer = null!;

    [GlobalSetup]
    public void Setup()
    {
        writing = CountryPackLoader.Load(Path.Combine(BenchServices.RepoRoot(), "packs", "kr")).Pack!.Writing!;
        signer = new PadesSigner(TimeProvider.System);
    }

    [Benchmark(Baseline = true)]
    public byte[] EcdsaP256Sign() =>
        keys.DocumentSigning.PrivateKey.SignData(signedAttributes, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);

    [Benchmark]
    public int Render() => OfficialDocumentPdf.Render(document, writing, "ko", DocumentKeys.IssuedAt).PageCount;

    [Benchmark]
    public long RenderAndSaveUnsigned() => OfficialDocumentPdf.Render(document, writing, "ko", DocumentKeys.IssuedAt).ToPdf().Length;

    [Benchmark]
    public Task<byte[]> RenderAndSeal() =>
        signer.SignAsync(OfficialDocumentPdf.Render(document, writing, "ko", DocumentKeys.IssuedAt), keys.DocumentSigning, null, CancellationToken.None);
}
