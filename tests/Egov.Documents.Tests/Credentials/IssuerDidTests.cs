using System.Text.Json.Nodes;
using Egov.Documents.Credentials;
using Egov.Platform.Keys;

namespace Egov.Documents.Tests.Credentials;

public sealed class IssuerDidTests
{
    [Theory]
    [InlineData("https://gov.example/", "did:web:gov.example")]
    [InlineData("https://gov.example", "did:web:gov.example")]
    [InlineData("https://GOV.Example/", "did:web:gov.example")]
    [InlineData("https://gov.example:8443/", "did:web:gov.example%3A8443")]
    [InlineData("https://gov.example:443/", "did:web:gov.example")]
    [InlineData("https://gov.example/egov/kr/", "did:web:gov.example:egov:kr")]
    [InlineData("https://gov.example:8443/egov", "did:web:gov.example%3A8443:egov")]
    public void FromBaseUrl_FollowsTheDidWebRules(string baseUrl, string expected)
    {
        Assert.Equal(expected, IssuerDid.FromBaseUrl(new Uri(baseUrl)));
    }

    [Theory]
    [InlineData("https://gov.example/", "/.well-known/did.json")]
    [InlineData("https://gov.example:8443/egov/kr/", "/egov/kr/did.json")]
    public void DocumentPath_IsWhereADidWebResolverLooks(string baseUrl, string expected)
    {
        Assert.Equal(expected, IssuerDid.DocumentPath(new Uri(baseUrl)));
    }

    [Fact]
    public void FromBaseUrl_WithAnIpv6Host_Refuses()
    {
        Assert.Throws<ArgumentException>(() => IssuerDid.FromBaseUrl(new Uri("https://[::1]:8443/")));
    }

    [Fact]
    public void DidDocument_ListsEveryPublishedKeyAsAPublicJwkThatMayAssert()
    {
        const string did = "did:web:gov.example";
        var current = TestKey.Create(version: 2);
        var previous = TestKey.Create(version: 1);

        var document = JsonNode.Parse(DidDocument.Build(did, [current.Published, previous.Published]).ToJsonString())!.AsObject();

        Assert.Equal(["https://www.w3.org/ns/did/v1", "https://w3id.org/security/jwk/v1"], document["@context"]!.AsArray().Select(c => (string)c!));
        Assert.Equal(did, (string)document["id"]!);
        var methods = document["verificationMethod"]!.AsArray();
        Assert.Equal([did + "#credentials-2", did + "#credentials-1"], methods.Select(m => (string)m!["id"]!));
        Assert.Equal([did + "#credentials-2", did + "#credentials-1"], document["assertionMethod"]!.AsArray().Select(m => (string)m!));
        foreach (var method in methods)
        {
            Assert.Equal("JsonWebKey", (string)method!["type"]!);
            Assert.Equal(did, (string)method["controller"]!);
            var jwk = method["publicKeyJwk"]!.AsObject();
            Assert.Equal(["crv", "kty", "x", "y"], jwk.Select(p => p.Key).Order(StringComparer.Ordinal));
            Assert.Equal("EC", (string)jwk["kty"]!);
            Assert.Equal("P-256", (string)jwk["crv"]!);
        }

        var x = (string)methods[0]!["publicKeyJwk"]!["x"]!;
        Assert.Equal(current.Signing.PrivateKey.ExportParameters(false).Q.X, System.Buffers.Text.Base64Url.DecodeFromChars(x));
    }

    [Fact]
    public void DidDocument_WithAKeyOfAnotherRing_Refuses()
    {
        var signing = TestKey.Create(KeyRing.DocumentSigning);

        Assert.Throws<ArgumentException>(() => DidDocument.Build("did:web:gov.example", [signing.Published]));
    }
}
