using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Egov.Platform.Keys;

namespace Egov.Documents.Tests.Pdf;

/// <summary>
/// A CA with a document-signing and a time-stamping key, made by the platform's own certificate code, so tests
/// sign with certificates exactly like the key store's. <see cref="Other"/> is a second, unrelated CA.
/// </summary>
internal sealed class TestKeys : IKeyStore
{
    private static readonly Lazy<TestKeys> Shared = new(() => new TestKeys("Test Issuing CA"));
    private static readonly Lazy<TestKeys> SharedOther = new(() => new TestKeys("Another CA"));

    private TestKeys(string caName)
    {
        // Issued a month before the tests' fixed signing time, so that time is inside every certificate's validity.
        var now = SignedCertificates.SignedAt.AddDays(-30);
        var caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var root = KeyCertificates.CreateRoot(caKey, new X500DistinguishedName($"CN={caName}, O=Enjoy e-Gov Tests, C=KR"), now, TimeSpan.FromDays(3650));
        Ca = new SigningKey(KeyRing.IssuingCa, 1, caKey, root, []);
        DocumentSigning = Issue(KeyRing.DocumentSigning, "Document Signing", now);
        TimeStamping = Issue(KeyRing.TimeStamping, "Time-Stamping Authority", now);
    }

    public static TestKeys Instance => Shared.Value;

    public static TestKeys Other => SharedOther.Value;

    public SigningKey Ca { get; }

    public SigningKey DocumentSigning { get; }

    public SigningKey TimeStamping { get; }

    public X509Certificate2 Root => Ca.Certificate;

    public Task<SigningKey> GetCurrentAsync(KeyRing ring, CancellationToken cancellationToken = default) =>
        Task.FromResult(Key(ring));

    public Task<IReadOnlyList<PublishedKey>> GetPublishedAsync(KeyRing ring, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<PublishedKey>>([new PublishedKey(ring.Name, 1, Key(ring).Certificate, true, DateTime.UtcNow)]);

    public Task<PublishedKey> RotateAsync(KeyRing ring, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The test keys are fixed for the test run.");

    private SigningKey Key(KeyRing ring) =>
        ring == KeyRing.DocumentSigning ? DocumentSigning
        : ring == KeyRing.TimeStamping ? TimeStamping
        : ring == KeyRing.IssuingCa ? Ca
        : throw new ArgumentOutOfRangeException(nameof(ring), ring.Name, "No test key for this ring.");

    private SigningKey Issue(KeyRing ring, string name, DateTimeOffset now)
    {
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var certificate = KeyCertificates.CreateIssued(
            key, new X500DistinguishedName($"CN={name}, O=Enjoy e-Gov Tests, C=KR"), ring.Purpose, Ca, now, ring.Lifetime);
        return new SigningKey(ring, 1, key, certificate, [Ca.Certificate]);
    }
}
