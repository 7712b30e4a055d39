using System.Formats.Asn1;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using Egov.Documents.TimeStamping;
using Egov.Platform.Pdf;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Documents.Tests.Pdf;

/// <summary>POST /tsa as an RFC 3161 client sees it, on a minimal host with only the mapping under test.</summary>
public sealed class TimeStampingEndpointTests : IAsyncLifetime
{
    private WebApplication app = null!;
    private HttpClient client = null!;

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton(SignedCertificates.Tsa(TestKeys.Instance));
        app = builder.Build();
        app.MapTimeStamping();
        await app.StartAsync(TestContext.Current.CancellationToken);
        client = app.GetTestClient();
    }

    public async ValueTask DisposeAsync()
    {
        client.Dispose();
        await app.DisposeAsync();
    }

    [Fact]
    public async Task Post_TimeStampRequest_ReturnsATokenTheRequestAccepts()
    {
        var data = RandomNumberGenerator.GetBytes(64);
        var request = Rfc3161TimestampRequest.CreateFromData(data, HashAlgorithmName.SHA256, requestSignerCertificates: true, nonce: new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 });

        using var response = await client.PostAsync("/tsa", Body(request.Encode(), "application/timestamp-query"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/timestamp-reply", response.Content.Headers.ContentType?.MediaType);
        var token = request.ProcessResponse(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken), out _);
        Assert.True(token.VerifySignatureForData(data, out var signer));
        Assert.Equal(TestKeys.Instance.TimeStamping.Certificate.Thumbprint, signer!.Thumbprint);
        Assert.Equal(SignedCertificates.SignedAt.AddSeconds(2), token.TokenInfo.Timestamp);
    }

    [Fact]
    public async Task Post_Garbage_IsABadRequestProblem()
    {
        using var response = await client.PostAsync("/tsa", Body(RandomNumberGenerator.GetBytes(100), "application/timestamp-query"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"status\":400", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Sha1Request_IsRejectedWithBadAlg()
    {
        var request = Rfc3161TimestampRequest.CreateFromData(new byte[] { 1 }, HashAlgorithmName.SHA1, requestSignerCertificates: true);

        using var response = await client.PostAsync("/tsa", Body(request.Encode(), "application/timestamp-query"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Throws<CryptographicException>(() => request.ProcessResponse(reply, out _));
        var statusInfo = new AsnReader(reply, AsnEncodingRules.DER).ReadSequence().ReadSequence();
        Assert.Equal(2, (int)statusInfo.ReadInteger());
        Assert.Equal([0x80], statusInfo.ReadBitString(out var unused));
        Assert.Equal(7, unused);
    }

    private static ByteArrayContent Body(byte[] bytes, string type)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        return content;
    }
}
