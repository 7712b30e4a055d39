using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Egov.Documents.Credentials;
using Egov.Documents.Rendering;

namespace Egov.Benchmarks.Documents;

/// <summary>
/// The credential forms of one document on one core: the VC-JWT (<c>CredentialIssuer.Issue</c>: JSON, Base64url,
/// ES256) against the raw ECDSA P-256 signature of exactly the bytes it signs (the JWS signing input), and the
/// offline QR payload (<c>OfflinePayload.Encode</c>: CBOR, COSE_Sign1, zlib, Base45).
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class DocumentCredentialBenchmarks
{
    private static readonly Uri PublicUrl = new("https://gov.example.kr/");
    private static readonly DateTimeOffset IssuedAt = new(2026, 12, 6, 1, 42, 30, TimeSpan.Zero);

    private readonly DocumentKeys keys = new();
    private readonly CredentialIssuer issuer = new(PublicUrl);
    private readonly CredentialRequest request = new(
        Guid.Parse("0b7f6c1e-2d3a-4f5b-8c9d-0e1f2a3b4c5d"), "resident-registration", "1234-5678-9012-3452", IssuedAt, IssuedAt.AddDays(90),
        new JsonObject
        {
            ["name"] = "홍길동",
            ["residentNumber"] = "800101-1******",
            ["address"] = "서울특별시 종로구 자하문로 123, 4동 501호 (청운동, 청운아파트)",
            ["household"] = new JsonArray(
                new JsonObject { ["name"] = "김영희", ["relation"] = "배우자" },
                new JsonObject { ["name"] = "홍민준", ["relation"] = "자녀" },
                new JsonObject { ["name"] = "홍서연", ["relation"] = "자녀" }),
        },
        StatusPosition.OfSequence(42));

    private byte[] signingInput = [];
    private OfflineDocument offline = null!;

    [GlobalSetup]
    public void Setup()
    {
        var token = issuer.Issue(request, keys.Credentials);
        signingInput = Encoding.ASCII.GetBytes(token[..token.LastIndexOf('.')]);
        offline = new OfflineDocument(request.DocumentNumber, request.TypeCode, IssuedAt, request.ValidUntil, request.Facts,
            [new("", "주민등록표 등본"), new("성명", "홍길동"), new("주소", "서울특별시 종로구 자하문로 123, 4동 501호 (청운동, 청운아파트)"),
                new("배우자", "김영희"), new("자녀", "홍민준"), new("자녀", "홍서연")]);
    }

    [Benchmark(Baseline = true)]
    public byte[] EcdsaP256SignJwsInput() =>
        keys.Credentials.PrivateKey.SignData(signingInput, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);

    [Benchmark]
    public string IssueVcJwt() => issuer.Issue(request, keys.Credentials);

    [Benchmark]
    public string EncodeOfflineQrPayload() => OfflinePayload.Encode(offline, issuer.Did, keys.Credentials);
}
