using System.Net;
using System.Text;
using Egov.Testing;

namespace Egov.Host.Tests;

/// <summary>What depends on the real connection, so runs on Kestrel: request-size and rate limits, HSTS behind a proxy.</summary>
public sealed class LimitsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OversizedBody_Is413ProblemDetails()
    {
        await using var database = await TestDatabase.CreateAsync(Ct);
        await using var factory = new EgovHostFactory(database, new Dictionary<string, string?> { ["Platform:Limits:MaxRequestBodyBytes"] = "1024" });
        factory.UseKestrel(0);
        factory.StartServer();
        using var client = factory.CreateClient();

        using var content = new StringContent($"{{\"value\":\"{new string('1', 4096)}\"}}", Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/api/v1/identifiers/rrn/check", content, Ct);

        await ProblemDetailsTests.AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task ApiCallsBeyondTheClientsRate_Are429ProblemDetailsWithRetryAfter()
    {
        await using var database = await TestDatabase.CreateAsync(Ct);
        await using var factory = new EgovHostFactory(database, new Dictionary<string, string?> { ["Platform:Limits:RequestsPerMinutePerClient"] = "2" });
        factory.UseKestrel(0);
        factory.StartServer();
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/regions", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/regions", Ct)).StatusCode);
        using var limited = await client.GetAsync("/api/v1/regions", Ct);

        await ProblemDetailsTests.AssertProblemAsync(limited, HttpStatusCode.TooManyRequests);
        Assert.True(limited.Headers.RetryAfter is not null);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live", Ct)).StatusCode);
    }

    [Fact]
    public async Task Hsts_IsSentWhenATrustedProxySaysTheRequestCameOverHttps_AndNotOverPlainHttp()
    {
        await using var database = await TestDatabase.CreateAsync(Ct);
        await using var factory = new EgovHostFactory(database);
        factory.UseKestrel(0);
        factory.StartServer();
        using var client = factory.CreateClient();

        using var viaProxy = new HttpRequestMessage(HttpMethod.Get, "/health/live") { Headers = { Host = "egov.example" } };
        viaProxy.Headers.Add("X-Forwarded-Proto", "https");
        using var direct = new HttpRequestMessage(HttpMethod.Get, "/health/live") { Headers = { Host = "egov.example" } };

        Assert.Contains("max-age=", (await client.SendAsync(viaProxy, Ct)).Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
        Assert.False((await client.SendAsync(direct, Ct)).Headers.Contains("Strict-Transport-Security"));
    }
}
