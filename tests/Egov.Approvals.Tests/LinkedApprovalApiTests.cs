using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Egov.Approvals.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Approvals.Tests;

/// <summary>
/// Linked approval: an agency system (client credentials, scope approvals.submit) submits a document in an
/// official's name, retries safely with the same Idempotency-Key, is told what is wrong with bad input, and follows
/// the status of its own documents only.
/// </summary>
public sealed class LinkedApprovalApiTests(ApprovalsHost host) : IClassFixture<ApprovalsHost>
{
    private const string Path = "/api/v1/approvals/documents";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string> TokenAsync(string clientId, string scope)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = $"{clientId}-development-secret", ["scope"] = scope,
        };
        using var response = await host.Factory.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(form), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("access_token").GetString()!;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, string token, object? body = null, string? key = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return await host.Factory.CreateClient().SendAsync(request, Ct);
    }

    private static object Expenditure(string drafter = ApprovalsHost.Drafter, string type = "expenditure") => new
    {
        drafter, documentType = type, amount = 1_250_000m, title = "조달 계약 대금 지급", content = "계약 대금을 지급합니다.", attachments = new[] { "검수 조서" },
    };

    [Fact]
    public async Task Submit_LandsWithTheDrafter_Submitted_AndARetryIsTheSameDocument()
    {
        var token = await TokenAsync("demo-agency", "approvals.submit");
        var key = Guid.NewGuid().ToString();

        using var created = await SendAsync(HttpMethod.Post, Path, token, Expenditure(), key);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var status = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var id = status.GetProperty("documentId").GetGuid();
        Assert.Equal("InProgress", status.GetProperty("status").GetString());
        Assert.Contains(status.GetProperty("line").EnumerateArray(), s => s.GetProperty("assignee").GetString() == ApprovalsHost.WelfarePolicyHead
            && s.GetProperty("delegated").GetBoolean());

        using var retried = await SendAsync(HttpMethod.Post, Path, token, Expenditure(), key);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal(id, (await retried.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("documentId").GetGuid());

        using var followed = await SendAsync(HttpMethod.Get, $"{Path}/{id}", token);
        Assert.Equal(HttpStatusCode.OK, followed.StatusCode);
        Assert.Equal("InProgress", (await followed.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("status").GetString());
        var drafted = await host.DocumentAsync(id);
        Assert.Equal(ApprovalsHost.Drafter, drafted.DrafterNumber);
        Assert.Equal(1, await host.AuditCountAsync("approvals.document.draft-submit", id));
    }

    [Fact]
    public async Task BadInput_IsAProblem_AndNothingIsWritten()
    {
        var token = await TokenAsync("demo-agency", "approvals.submit");

        using var noKey = await SendAsync(HttpMethod.Post, Path, token, Expenditure());
        using var badType = await SendAsync(HttpMethod.Post, Path, token, Expenditure(type: "love-letter"), Guid.NewGuid().ToString());
        using var unknownDrafter = await SendAsync(HttpMethod.Post, Path, token, Expenditure(drafter: "NOBODY-0000"), Guid.NewGuid().ToString());

        foreach (var (response, field) in new[] { (noKey, "Idempotency-Key"), (badType, "documentType"), (unknownDrafter, "drafter") })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
            Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty(field, out _), field);
        }
    }

    [Fact]
    public async Task ASystem_NamesOnlyOfficialsOfTheAgenciesItIsRegisteredFor()
    {
        var token = await TokenAsync("demo-agency", "approvals.submit");
        const string ministryOfficial = "MOHW-2015-0733";

        using var refused = await SendAsync(HttpMethod.Post, Path, token, Expenditure(drafter: ministryOfficial), Guid.NewGuid().ToString());

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var approvals = scope.ServiceProvider.GetRequiredService<Egov.Approvals.Data.ApprovalsDbContext>();
        Assert.False(await approvals.Documents.AnyAsync(d => d.DrafterNumber == ministryOfficial, Ct));
        var platform = scope.ServiceProvider.GetRequiredService<Egov.Platform.Data.PlatformDbContext>();
        Assert.True(await platform.AuditEntries.AnyAsync(e => e.Action == "approvals.linked.denied" && e.Subject == $"official:{ministryOfficial}", Ct));
    }

    [Fact]
    public async Task ATokenWithoutTheScope_IsRefused_AndAnotherClientsDocumentIsNotFound()
    {
        var agency = await TokenAsync("demo-agency", "approvals.submit");
        using var created = await SendAsync(HttpMethod.Post, Path, agency, Expenditure(), Guid.NewGuid().ToString());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("documentId").GetGuid();
        var exchangeOnly = await TokenAsync("demo-agency", "registries.exchange");

        using var refused = await SendAsync(HttpMethod.Post, Path, exchangeOnly, Expenditure(), Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        using var unknown = await SendAsync(HttpMethod.Get, $"{Path}/{Guid.NewGuid()}", agency);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using var own = await SendAsync(HttpMethod.Get, $"{Path}/{id}", agency);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }
}
