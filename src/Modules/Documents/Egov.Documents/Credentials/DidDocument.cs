using System.Buffers.Text;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Egov.Platform.Keys;

namespace Egov.Documents.Credentials;

/// <summary>
/// The DID document served at the DID's address (<see cref="IssuerDid.DocumentPath"/>): every published Credentials
/// key as a JsonWebKey verification method that may assert credentials. Retired keys drop out, and with them
/// every credential they signed; keys still published keep their credentials verifiable after a rotation.
/// </summary>
internal static class DidDocument
{
    public static JsonObject Build(string did, IReadOnlyList<PublishedKey> keys)
    {
        ArgumentException.ThrowIfNullOrEmpty(did);
        ArgumentNullException.ThrowIfNull(keys);
        var methods = new JsonArray();
        var assertion = new JsonArray();
        foreach (var key in keys)
        {
            // Only the Credentials ring may assert credentials: listing a document-signing or CA key here would let
            // it sign credentials the platform never meant it to.
            if (key.Ring != KeyRing.Credentials.Name)
            {
                throw new ArgumentException($"{key.KeyId} is not a Credentials key.", nameof(keys));
            }

            var id = TrustedIssuer.Kid(did, key.KeyId);
            methods.Add(new JsonObject
            {
                ["id"] = id,
                ["type"] = "JsonWebKey",
                ["controller"] = did,
                ["publicKeyJwk"] = PublicJwk(key),
            });
            assertion.Add(id);
        }

        return new JsonObject
        {
            ["@context"] = new JsonArray("https://www.w3.org/ns/did/v1", "https://w3id.org/security/jwk/v1"),
            ["id"] = did,
            ["verificationMethod"] = methods,
            ["assertionMethod"] = assertion,
        };
    }

    private static JsonObject PublicJwk(PublishedKey key)
    {
        using var publicKey = key.Certificate.GetECDsaPublicKey()
            ?? throw new ArgumentException($"{key.KeyId} is not an EC key.", nameof(key));
        var point = publicKey.ExportParameters(includePrivateParameters: false);
        if (point.Curve.Oid.Value != ECCurve.NamedCurves.nistP256.Oid.Value)
        {
            throw new ArgumentException($"{key.KeyId} is not a P-256 key.", nameof(key));
        }

        return new JsonObject
        {
            ["kty"] = "EC",
            ["crv"] = "P-256",
            ["x"] = Base64Url.EncodeToString(point.Q.X),
            ["y"] = Base64Url.EncodeToString(point.Q.Y),
        };
    }
}
