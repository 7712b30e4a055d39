using System.Numerics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Egov.Documents.TimeStamping;
using Egov.Platform.Keys;
using Egov.Platform.Pdf;

namespace Egov.Benchmarks.Documents;

/// <summary>
/// A CA and its document-signing, time-stamping and credential keys, made by the platform's certificate code as
/// the key store makes them, held in memory: issuance without the database.
/// </summary>
internal sealed class DocumentKeys : IKeyStore
{
    public static readonly DateTimeOffset IssuedAt = new(2026, 12, 6, 1, 42, 30, TimeSpan.Zero);

    private readonly SigningKey ca;

    public DocumentKeys()
    {
        var now = IssuedAt.AddDays(-30);
        var caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var root = KeyCertificates.CreateRoot(caKey, new X500DistinguishedName("CN=Bench Issuing CA, O=Enjoy e-Gov Benchmarks, C=KR"), now, TimeSpan.FromDays(3650));
        ca = new SigningKey(KeyRing.IssuingCa, 1, caKey, root, []);
        DocumentSigning = Issue(KeyRing.DocumentSigning, now);
        TimeStamping = Issue(KeyRing.TimeStamping, now);
        Credentials = Issue(KeyRing.Credentials, now);
    }

    public SigningKey DocumentSigning { get; }

    public SigningKey TimeStamping { get; }

    public SigningKey Credentials { get; }

    /// <summary>The platform's TSA in process, as the host wires it (<c>InProcessTimeStampAuthority</c>).</summary>
    public ITimeStampAuthority Tsa(TimeProvider time) => new InProcessTimeStampAuthority(new LocalTimeStampAuthority(this, time,
        new Oid("2.25." + new BigInteger(Guid.Parse("6f1d2a52-0f3c-4f7e-9a51-5c3e8b1d7a44").ToByteArray(bigEndian: true), isUnsigned: true, isBigEndian: true))));

    public Task<SigningKey> GetCurrentAsync(KeyRing ring, CancellationToken cancellationToken = default) => Task.FromResult(
        ring == KeyRing.DocumentSigning ? DocumentSigning
        : ring == KeyRing.TimeStamping ? TimeStamping
        : ring == KeyRing.Credentials ? Credentials
        : ca);

    public Task<IReadOnlyList<PublishedKey>> GetPublishedAsync(KeyRing ring, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Benchmarks only sign.");

    public Task<PublishedKey> RotateAsync(KeyRing ring, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Benchmarks only sign.");

    private SigningKey Issue(KeyRing ring, DateTimeOffset now)
    {
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var certificate = KeyCertificates.CreateIssued(
            key, new X500DistinguishedName($"CN={ring.CommonName}, O=Enjoy e-Gov Benchmarks, C=KR"), ring.Purpose, ca, now, ring.Lifetime);
        return new SigningKey(ring, 1, key, certificate, [ca.Certificate]);
    }
}
