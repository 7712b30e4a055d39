using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Egov.Testing;

namespace Egov.Host.Tests;

public sealed class ProblemDetailsTests(EgovHostFixture host) : IClassFixture<EgovHostFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task UnknownApiPath_Is404ProblemDetails()
    {
        using var response = await host.Factory.CreateClient().GetAsync("/api/v1/no-such-thing", Ct);

        await AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task WrongMethod_Is405ProblemDetails()
    {
        using var response = await host.Factory.CreateClient().DeleteAsync("/openapi/v1.json", Ct);

        await AssertProblemAsync(response, HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task UnhandledException_Is500ProblemDetails_WithoutStackTraceOrMessage()
    {
        await using var factory = host.Factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter, ThrowingPathFilter>()));

        using var response = await factory.CreateClient().GetAsync("/api/v1/_test/throw", Ct);

        var body = await AssertProblemAsync(response, HttpStatusCode.InternalServerError);
        Assert.DoesNotContain("secret detail", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnhandledExceptionOnAPage_Is500Page_WithoutStackTraceOrMessage()
    {
        await using var factory = host.Factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter, ThrowingPathFilter>()));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/_test/throw") { Headers = { { "Accept-Language", "en" } } };

        using var response = await factory.CreateClient().SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("<h1>Service problem</h1>", body, StringComparison.Ordinal);
        Assert.DoesNotContain("secret detail", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
    }

    internal static async Task<string> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync(Ct);
        using var json = JsonDocument.Parse(body);
        Assert.Equal((int)status, json.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(json.RootElement.GetProperty("title").GetString()));
        Assert.True(json.RootElement.TryGetProperty("correlationId", out _), body);
        return body;
    }

    /// <summary>Appends a failing step after the host's own pipeline, so the host's exception handling is what answers.</summary>
    private sealed class ThrowingPathFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((HttpContext context, RequestDelegate nextStep) => context.Request.Path.Value!.EndsWith("/_test/throw", StringComparison.Ordinal)
                ? throw new InvalidOperationException("secret detail")
                : nextStep(context));
        };
    }
}
