using System.Net;
using System.Text.Json;
using Egov.Documents.Credentials;
using Egov.Documents.Issuance;
using Egov.Platform.Keys;
using Egov.Registries.Contracts;
using Egov.Registries.Domain;
using Egov.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Documents.Tests;

/// <summary>
/// Certificates issued on the real host about the kr pack's demo family, then verified through the public API by
/// number, PDF and credential, revoked, and checked again: every answer follows the revocation at once.
/// </summary>
public sealed class CertificateIssuanceTests(EgovHostFixture host) : IClassFixture<EgovHostFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ResidentId Kim => new(StableId.For("kr", "resident", "kim-minjun"));

    private async Task<IssueResult> IssueAsync(string type, string requestedAs = "self", string? purpose = "financial", bool? reveal = null)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var issuer = scope.ServiceProvider.GetRequiredService<DocumentIssuer>();
        return await issuer.IssueAsync(new IssueRequest(type, CertificateSubject.Of(Kim), Kim, requestedAs, "ko", reveal, null, purpose, "account:test", null), Ct);
    }

    private Task<JsonElement> VerifyAsync(object body) => VerifyApi.CheckAsync(host.Factory, body);

    [Fact]
    public async Task FamilyCertificate_IsIssuedSignedAndMasked_AndVerifiesByNumberPdfAndCredential()
    {
        var issued = await IssueAsync("family-relation-certificate");

        Assert.Null(issued.Refusal);
        var document = issued.Document!;
        Assert.Matches(@"^\d{4}-\d{4}-\d{4}-\d{4}$", document.Number);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(issued.Files!.Pdf, 0, 5));
        var byNumber = await VerifyAsync(new { number = document.Number.Replace("-", " ", StringComparison.Ordinal) });
        Assert.Equal("valid", byNumber.GetProperty("status").GetString());
        var facts = byNumber.GetProperty("document").GetProperty("facts");
        Assert.Equal("김민준", facts.GetProperty("person").GetProperty("name").GetString());
        Assert.EndsWith("******", facts.GetProperty("person").GetProperty("identifier").GetString(), StringComparison.Ordinal);
        Assert.Contains(facts.GetProperty("family").EnumerateArray(), r => r.GetProperty("relation").GetString() == "spouse");

        Assert.Equal("valid", (await VerifyAsync(new { pdf = Convert.ToBase64String(issued.Files.Pdf) })).GetProperty("status").GetString());
        Assert.Equal("valid", (await VerifyAsync(new { credential = issued.Files.Credential })).GetProperty("status").GetString());
    }

    [Fact]
    public async Task ChangedPdfOrCredential_IsTampered()
    {
        var issued = await IssueAsync("basic-certificate");
        var pdf = issued.Files!.Pdf.ToArray();
        var at = Array.IndexOf(pdf, (byte)'/', pdf.Length / 3);
        pdf[at + 1] ^= 0x01;
        var jwt = issued.Files.Credential;
        var parts = jwt.Split('.');
        var changed = $"{parts[0]}.{parts[1][..^2]}{(parts[1][^2] == 'A' ? 'B' : 'A')}{parts[1][^1]}.{parts[2]}";

        Assert.Equal("tampered", (await VerifyAsync(new { pdf = Convert.ToBase64String(pdf) })).GetProperty("status").GetString());
        Assert.NotEqual("valid", (await VerifyAsync(new { credential = changed })).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Revoked_ShowsInEveryAnswer_AndInTheStatusList()
    {
        var issued = await IssueAsync("resident-registration-copy");
        var document = issued.Document!;
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var revocation = scope.ServiceProvider.GetRequiredService<Verifying.DocumentRevocation>();
            Assert.False(await revocation.RevokeByHolderAsync(document.Id, Guid.NewGuid(), "account:stranger", Ct));
            Assert.True(await revocation.RevokeByHolderAsync(document.Id, document.HolderId, "account:test", Ct));
        }

        Assert.Equal("revoked", (await VerifyAsync(new { number = document.Number })).GetProperty("status").GetString());
        Assert.Equal("revoked", (await VerifyAsync(new { credential = issued.Files!.Credential })).GetProperty("status").GetString());
        Assert.Equal("revoked", (await VerifyAsync(new { pdf = Convert.ToBase64String(issued.Files.Pdf) })).GetProperty("status").GetString());

        var position = StatusPosition.OfSequence(document.Sequence);
        var client = host.Factory.CreateClient();
        var token = await client.GetStringAsync($"/api/v1/documents/status/{position.ListNumber}", Ct);
        using var scope2 = host.Factory.Services.CreateScope();
        var keys = await scope2.ServiceProvider.GetRequiredService<IKeyStore>().GetPublishedAsync(KeyRing.Credentials, Ct);
        var didJson = await client.GetStringAsync("/.well-known/did.json", Ct);
        var did = JsonDocument.Parse(didJson).RootElement.GetProperty("id").GetString()!;
        var verified = new CredentialVerifier(TimeProvider.System).Verify(token, new TrustedIssuer(did, keys));
        Assert.Equal(VerificationOutcome.Valid, verified.Outcome);
        var list = StatusListCredential.ReadList(verified.Credential!)!;
        Assert.True(list[position.Index]);
        Assert.False(list[position.Index == 0 ? 1 : position.Index - 1]);
    }

    [Theory]
    [InlineData("real-estate-register", "anyone", IssueRefusals.WrongSubject)]
    [InlineData("no-such-certificate", "self", IssueRefusals.UnknownType)]
    [InlineData("family-relation-certificate", "household-member", IssueRefusals.RequesterNotAllowed)]
    public async Task RequestsTheCatalogDoesNotAllow_AreRefused(string type, string requestedAs, string refusal)
    {
        var result = await IssueAsync(type, requestedAs);

        Assert.Equal(refusal, result.Refusal);
        Assert.Null(result.Document);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"number\":\"1\",\"qr\":\"EGOV1:x\"}")]
    [InlineData("not json")]
    [InlineData("{\"pdf\":\"***\"}")]
    public async Task VerifyWithoutExactlyOneDocument_IsAProblem(string body)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await host.Factory.CreateClient().PostAsync("/api/v1/documents/verify", content, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("0000-0000-0000-0000")]
    [InlineData("1234")]
    [InlineData("EGOV1:AAAA")]
    public async Task UnknownNumberOrPayload_IsUnknown(string presented)
    {
        var answer = await VerifyAsync(presented.StartsWith("EGOV1:", StringComparison.Ordinal) ? new { qr = presented } : new { number = presented });

        Assert.Equal("unknown", answer.GetProperty("status").GetString());
    }
}
