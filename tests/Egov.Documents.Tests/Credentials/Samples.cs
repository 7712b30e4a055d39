using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Egov.Documents.Credentials;

namespace Egov.Documents.Tests.Credentials;

internal static class Samples
{
    public static readonly Uri BaseUrl = new("https://gov.example:8443/");
    public const string Did = "did:web:gov.example%3A8443";
    public static readonly DateTimeOffset IssuedAt = new(2026, 3, 2, 9, 30, 0, TimeSpan.FromHours(9));

    public static CredentialRequest Request(long sequence = 42) => new(
        Guid.Parse("0b7f6c1e-2d3a-4f5b-8c9d-0e1f2a3b4c5d"),
        "resident-registration",
        "1234-5678-9012-3452",
        IssuedAt,
        IssuedAt.AddDays(90),
        new JsonObject
        {
            ["name"] = "김민준",
            ["residentNumber"] = "900101-1******",
            ["address"] = "서울특별시 강남구 테헤란로 123",
            ["household"] = new JsonArray(new JsonObject { ["name"] = "이서연", ["relation"] = "배우자" }),
        },
        StatusPosition.OfSequence(sequence));

    /// <summary>The public key of a verification method, read from the DID document's JSON as a remote verifier would.</summary>
    public static ECDsa KeyFromDidDocument(string didJson, string kid)
    {
        var method = JsonNode.Parse(didJson)!["verificationMethod"]!.AsArray().Single(m => (string)m!["id"]! == kid)!;
        var jwk = method["publicKeyJwk"]!;
        Assert.Null(jwk["d"]);
        return ECDsa.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = Base64Url.DecodeFromChars((string)jwk["x"]!), Y = Base64Url.DecodeFromChars((string)jwk["y"]!) },
        });
    }

    /// <summary>The token with one character of its payload part changed (not the last, whose low bits may be padding).</summary>
    public static string ChangePayloadCharacter(string token)
    {
        var at = token.IndexOf('.', StringComparison.Ordinal) + 10;
        return token[..at] + (token[at] == 'A' ? 'B' : 'A') + token[(at + 1)..];
    }
}
