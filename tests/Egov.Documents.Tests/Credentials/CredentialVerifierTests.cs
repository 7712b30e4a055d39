using System.Text.Json.Nodes;
using Egov.Documents.Credentials;
using Jose;
using Microsoft.Extensions.Time.Testing;

namespace Egov.Documents.Tests.Credentials;

public sealed class CredentialVerifierTests
{
    private readonly TestKey key = TestKey.Create();
    private readonly CredentialIssuer issuer = new(Samples.BaseUrl);
    private readonly FakeTimeProvider time = new(Samples.IssuedAt.AddDays(1));

    private TrustedIssuer Trusted => new(Samples.Did, [key.Published]);

    [Fact]
    public void Verify_AGenuineCredential_IsValidAndPointsAtItsStatusBit()
    {
        var result = new CredentialVerifier(time).Verify(issuer.Issue(Samples.Request(sequence: 131_075), key.Signing), Trusted);

        Assert.Equal(VerificationOutcome.Valid, result.Outcome);
        Assert.Equal("credentials-1", result.KeyId);
        Assert.Equal(new CredentialStatusReference("https://gov.example:8443/api/v1/documents/status/1", 3), result.Status);
        Assert.Equal("김민준", (string)result.Credential!["credentialSubject"]!["name"]!);
    }

    [Fact]
    public void Verify_AfterValidUntil_IsExpired()
    {
        var token = issuer.Issue(Samples.Request(), key.Signing);
        time.SetUtcNow(Samples.IssuedAt.AddDays(90).AddSeconds(1));

        var result = new CredentialVerifier(time).Verify(token, Trusted);

        Assert.Equal(VerificationOutcome.Expired, result.Outcome);
        Assert.NotNull(result.Credential);
    }

    [Fact]
    public void Verify_BeforeValidFrom_IsNotYetValid()
    {
        var token = issuer.Issue(Samples.Request(), key.Signing);
        var before = new FakeTimeProvider(Samples.IssuedAt.AddMinutes(-3));
        var withinSkew = new FakeTimeProvider(Samples.IssuedAt.AddMinutes(-1));

        Assert.Equal(VerificationOutcome.NotYetValid, new CredentialVerifier(before).Verify(token, Trusted).Outcome);
        Assert.Equal(VerificationOutcome.Valid, new CredentialVerifier(withinSkew).Verify(token, Trusted).Outcome);
    }

    [Fact]
    public void Verify_WithOnePayloadCharacterChanged_IsABadSignature()
    {
        var token = Samples.ChangePayloadCharacter(issuer.Issue(Samples.Request(), key.Signing));

        Assert.Equal(VerificationOutcome.BadSignature, new CredentialVerifier(time).Verify(token, Trusted).Outcome);
    }

    [Fact]
    public void Verify_SignedByAnotherKeyUnderTheSameKid_IsABadSignature()
    {
        var impostor = TestKey.Create();

        var result = new CredentialVerifier(time).Verify(issuer.Issue(Samples.Request(), impostor.Signing), Trusted);

        Assert.Equal(VerificationOutcome.BadSignature, result.Outcome);
        Assert.Null(result.Credential);
    }

    [Fact]
    public void Verify_ByAKeyTheIssuerDoesNotPublish_IsAnUnknownKey()
    {
        var retired = TestKey.Create(version: 2);

        Assert.Equal(VerificationOutcome.UnknownKey, new CredentialVerifier(time).Verify(issuer.Issue(Samples.Request(), retired.Signing), Trusted).Outcome);
    }

    [Fact]
    public void Verify_FromAnotherIssuer_IsAnUnknownKey()
    {
        var other = new CredentialIssuer(new Uri("https://other.example/"));

        Assert.Equal(VerificationOutcome.UnknownKey, new CredentialVerifier(time).Verify(other.Issue(Samples.Request(), key.Signing), Trusted).Outcome);
    }

    [Fact]
    public void Verify_AJwtThatIsNotAVcJwt_IsMalformed()
    {
        var payload = JWT.Payload(issuer.Issue(Samples.Request(), key.Signing));
        var plainJwt = JWT.Encode(payload, key.Signing.PrivateKey, JwsAlgorithm.ES256,
            extraHeaders: new Dictionary<string, object> { ["typ"] = "JWT", ["kid"] = Samples.Did + "#credentials-1" });

        Assert.Equal(VerificationOutcome.Malformed, new CredentialVerifier(time).Verify(plainJwt, Trusted).Outcome);
    }

    [Fact]
    public void Verify_ASignedPayloadThatIsNotACredential_IsMalformed()
    {
        var signed = JWT.Encode(new JsonObject { ["sub"] = "x" }.ToJsonString(), key.Signing.PrivateKey, JwsAlgorithm.ES256,
            extraHeaders: new Dictionary<string, object> { ["typ"] = "vc+jwt", ["kid"] = Samples.Did + "#credentials-1" });

        Assert.Equal(VerificationOutcome.Malformed, new CredentialVerifier(time).Verify(signed, Trusted).Outcome);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a token")]
    [InlineData("a.b.c")]
    [InlineData("aaaaa.bbbbb.ccccc")]
    [InlineData("..")]
    [InlineData("eyJhbGciOiJFUzI1NiJ9.e30")]
    [InlineData("eyJhbGciOiJub25lIn0.e30.")]
    [InlineData("e30.e30.AAAA")]
    [InlineData("eyJhbGciOiJFUzI1NiIsInR5cCI6InZjK2p3dCIsImtpZCI6NH0.e30.AAAA")]
    [InlineData("!!!.???.***")]
    public void Verify_Garbage_IsMalformedAndDoesNotThrow(string? garbage)
    {
        Assert.Equal(VerificationOutcome.Malformed, new CredentialVerifier(time).Verify(garbage, Trusted).Outcome);
    }

    [Fact]
    public void Verify_ATokenWithWhitespaceInItsSignature_IsMalformed()
    {
        var token = issuer.Issue(Samples.Request(), key.Signing);

        Assert.Equal(VerificationOutcome.Malformed, new CredentialVerifier(time).Verify(token[..^4] + " " + token[^4..], Trusted).Outcome);
    }
}
