using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Egov.Platform.Keys;

namespace Egov.Documents.Tests.Credentials;

/// <summary>A ring key made the way the key store makes one (P-256, certificate with the key), minus the database.</summary>
internal sealed record TestKey(SigningKey Signing, PublishedKey Published)
{
    public static TestKey Create(KeyRing? ring = null, int version = 1)
    {
        ring ??= KeyRing.Credentials;
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={ring.CommonName}", key, HashAlgorithmName.SHA256);
        var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.Add(ring.Lifetime));
        var published = new PublishedKey(ring.Name, version, X509CertificateLoader.LoadCertificate(certificate.RawData), true, DateTime.UtcNow);
        return new(new SigningKey(ring, version, key, certificate, []), published);
    }
}
