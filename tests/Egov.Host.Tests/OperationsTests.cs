using System.Net;
using System.Text.Json;
using Egov.Testing;

namespace Egov.Host.Tests;

public sealed class OperationsTests(EgovHostFixture host) : IClassFixture<EgovHostFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_OnAMigratedDatabase_IsHealthy(string path)
    {
        using var response = await host.Factory.CreateClient().GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Metrics_AfterARequest_ExposeHttpServerDurationForPrometheus()
    {
        var client = host.Factory.CreateClient();
        await client.GetAsync("/health/live", Ct);

        var text = await client.GetStringAsync("/metrics", Ct);

        Assert.Contains("http_server_request_duration_seconds", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CorrelationId_FromTheCaller_IsEchoed_AndAnUnsafeOneIsReplaced()
    {
        var client = host.Factory.CreateClient();
        using var safe = new HttpRequestMessage(HttpMethod.Get, "/health/live") { Headers = { { "X-Correlation-Id", "abc-123" } } };
        using var unsafeId = new HttpRequestMessage(HttpMethod.Get, "/health/live") { Headers = { { "X-Correlation-Id", "a b\"<script>" } } };

        Assert.Equal("abc-123", (await client.SendAsync(safe, Ct)).Headers.GetValues("X-Correlation-Id").Single());
        Assert.Matches("^[0-9a-f]{32}$", (await client.SendAsync(unsafeId, Ct)).Headers.GetValues("X-Correlation-Id").Single());
    }

    [Fact]
    public async Task OpenApiDocument_IsServed_AndTheReferencePageHasNoInlineScript()
    {
        var client = host.Factory.CreateClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json", Ct));
        Assert.StartsWith("3.1", document.RootElement.GetProperty("openapi").GetString(), StringComparison.Ordinal);

        var page = await client.GetStringAsync("/docs/api", Ct);
        Assert.Contains("<script src=\"/docs/api-assets/scalar.js\"></script>", page, StringComparison.Ordinal);
        Assert.DoesNotMatch("<script>[^<]", page);
        using var script = await client.GetAsync("/docs/api-assets/scalar.js", Ct);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }

    [Fact]
    public async Task EveryResponse_CarriesTheSecurityHeaders()
    {
        using var response = await host.Factory.CreateClient().GetAsync("/health/live", Ct);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }
}
