using System.Text.Json.Nodes;
using Egov.Documents.Credentials;
using Egov.Platform.Keys;
using Jose;

namespace Egov.Documents.Tests.Credentials;

public sealed class CredentialIssuerTests
{
    private readonly TestKey key = TestKey.Create();
    private readonly CredentialIssuer issuer = new(Samples.BaseUrl);

    [Fact]
    public void Issue_VerifiesWithJoseJwt_UsingTheKeyTheDidDocumentPublishes()
    {
        var token = issuer.Issue(Samples.Request(), key.Signing);

        var didJson = DidDocument.Build(issuer.Did, [key.Published]).ToJsonString();
        using var publicKey = Samples.KeyFromDidDocument(didJson, Samples.Did + "#credentials-1");
        var payload = JWT.Decode(token, publicKey, JwsAlgorithm.ES256);

        Assert.Equal("urn:uuid:0b7f6c1e-2d3a-4f5b-8c9d-0e1f2a3b4c5d", (string)JsonNode.Parse(payload)!["id"]!);
    }

    [Fact]
    public void Issue_WithOnePayloadCharacterChanged_FailsJoseJwt()
    {
        var token = issuer.Issue(Samples.Request(), key.Signing);
        var didJson = DidDocument.Build(issuer.Did, [key.Published]).ToJsonString();
        using var publicKey = Samples.KeyFromDidDocument(didJson, Samples.Did + "#credentials-1");

        Assert.Throws<IntegrityException>(() => JWT.Decode(Samples.ChangePayloadCharacter(token), publicKey, JwsAlgorithm.ES256));
    }

    [Fact]
    public void Issue_HeaderSaysEs256VcJwtAndTheKeyOfTheDid()
    {
        var token = issuer.Issue(Samples.Request(), key.Signing);

        var header = JWT.Headers(token);
        Assert.Equal("ES256", header["alg"]);
        Assert.Equal("vc+jwt", header["typ"]);
        Assert.Equal("did:web:gov.example%3A8443#credentials-1", header["kid"]);
        Assert.Equal(3, header.Count);
    }

    [Fact]
    public void Issue_PayloadIsAVerifiableCredential20()
    {
        var credential = JsonNode.Parse(JWT.Payload(issuer.Issue(Samples.Request(sequence: 131_075), key.Signing)))!.AsObject();

        Assert.Equal(["https://www.w3.org/ns/credentials/v2"], credential["@context"]!.AsArray().Select(c => (string)c!));
        Assert.Equal(["VerifiableCredential", "ResidentRegistrationCredential"], credential["type"]!.AsArray().Select(c => (string)c!));
        Assert.Equal("urn:uuid:0b7f6c1e-2d3a-4f5b-8c9d-0e1f2a3b4c5d", (string)credential["id"]!);
        Assert.Equal(Samples.Did, (string)credential["issuer"]!);
        Assert.Equal("2026-03-02T00:30:00Z", (string)credential["validFrom"]!);
        Assert.Equal("2026-05-31T00:30:00Z", (string)credential["validUntil"]!);
        var subject = credential["credentialSubject"]!.AsObject();
        Assert.Equal("김민준", (string)subject["name"]!);
        Assert.Equal("배우자", (string)subject["household"]![0]!["relation"]!);
        Assert.False(subject.ContainsKey("id"));
        var status = credential["credentialStatus"]!.AsObject();
        const string list = "https://gov.example:8443/api/v1/documents/status/1";
        Assert.Equal(list + "#3", (string)status["id"]!);
        Assert.Equal("BitstringStatusListEntry", (string)status["type"]!);
        Assert.Equal("revocation", (string)status["statusPurpose"]!);
        Assert.Equal("3", (string)status["statusListIndex"]!);
        Assert.Equal(list, (string)status["statusListCredential"]!);
    }

    [Fact]
    public void Issue_WithASubjectId_PutsItFirstInTheSubject()
    {
        var token = issuer.Issue(Samples.Request() with { SubjectId = "did:example:holder" }, key.Signing);

        var subject = JsonNode.Parse(JWT.Payload(token))!["credentialSubject"]!.AsObject();
        Assert.Equal("id", subject.First().Key);
        Assert.Equal("did:example:holder", (string)subject["id"]!);
    }

    [Theory]
    [InlineData("resident-registration", "ResidentRegistrationCredential")]
    [InlineData("family_relation.detail", "FamilyRelationDetailCredential")]
    [InlineData("tax", "TaxCredential")]
    public void TypeName_IsThePascalCaseOfTheCode(string code, string expected)
    {
        Assert.Equal(expected, CredentialJson.TypeName(code));
    }

    [Fact]
    public void Issue_WithADocumentSigningKey_Refuses()
    {
        var documentKey = TestKey.Create(KeyRing.DocumentSigning);

        Assert.Throws<ArgumentException>(() => issuer.Issue(Samples.Request(), documentKey.Signing));
    }
}
