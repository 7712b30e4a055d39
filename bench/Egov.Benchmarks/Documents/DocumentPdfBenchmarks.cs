using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Egov.Documents.Pdf;
using Egov.Documents.Rendering;
using Egov.Documents.TimeStamping;
using Egov.Documents.Tests.Pdf;
using Egov.Platform.Pdf;

namespace Egov.Benchmarks.Documents;

/// <summary>
/// One signed certificate on one core, by step: the layout (<c>CertificatePdf.Render</c>: a one-page Korean
/// household extract, three tables, the QR code), the same saved unsigned, then rendered and signed as the issuer
/// does, PAdES B-B and B-T (the platform's TSA in process: a second ECDSA signature and its CMS). The baseline is the
/// raw ECDSA P-256 signature of the bytes a CAdES signer signs (its signed attributes, ~140 bytes), same run.
/// Each document is another household (<see cref="SampleHouseholds"/>). No database: what <c>DocumentIssuer</c> adds (register reads, two rows, the audit entry) is measured apart.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class DocumentPdfBenchmarks
{
    private readonly DocumentKeys keys = new();
    private readonly CertificateContent[] households = SampleHouseholds.Make(64);
    private int next;
    private readonly byte[] signedAttributes = RandomNumberGenerator.GetBytes(140);
    private PadesSigner signer = null!;
    private ITimeStampAuthority tsa = null!;

    [GlobalSetup]
    public void Setup()
    {
        signer = new PadesSigner(TimeProvider.System);
        tsa = keys.Tsa(TimeProvider.System);
    }

    private CertificateContent Content() => households[next++ % households.Length];

    [Benchmark(Baseline = true)]
    public byte[] EcdsaP256Sign() =>
        keys.DocumentSigning.PrivateKey.SignData(signedAttributes, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);

    [Benchmark]
    public int Render() => CertificatePdf.Render(Content(), SampleCertificates.DocumentNumber, DocumentKeys.IssuedAt).PageCount;

    [Benchmark]
    public long RenderAndSaveUnsigned() =>
        CertificatePdf.Render(Content(), SampleCertificates.DocumentNumber, DocumentKeys.IssuedAt).ToPdf().Length;

    [Benchmark]
    public Task<byte[]> RenderAndSignBaselineB() =>
        signer.SignAsync(CertificatePdf.Render(Content(), SampleCertificates.DocumentNumber, DocumentKeys.IssuedAt), keys.DocumentSigning, null, CancellationToken.None);

    [Benchmark]
    public Task<byte[]> RenderAndSignBaselineT() =>
        signer.SignAsync(CertificatePdf.Render(Content(), SampleCertificates.DocumentNumber, DocumentKeys.IssuedAt), keys.DocumentSigning, tsa, CancellationToken.None);
}
