using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Egov.Documents.Issuance;
using Egov.Documents.Submitting;
using Egov.Registries.Contracts;
using Egov.Registries.Domain;
using Egov.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Documents.Tests;

/// <summary>
/// Zero-stop submission on the real host: a holder sends a certificate to the demo bank, the bank's webhook (a
/// real HTTP receiver checking the signature) is told, and the bank fetches the document with its own
/// client-credentials token; nobody else can, and the holder sees when it was received.
/// </summary>
public sealed class SubmissionTests(EgovHostFixture host) : IClassFixture<EgovHostFixture>
{
    private const string Bank = "demo-bank";
    private const string Agency = "demo-agency";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Guid Kim => StableId.For("kr", "resident", "kim-minjun");

    [Fact]
    public async Task SentDocument_IsAnnouncedBySignedWebhook_AndFetchedOnlyByItsInstitution()
    {
        await using var webhook = await WebhookReceiver.StartAsync(secret: "");
        webhook.Secret = (await ServiceAsync<Recipients, string?>(r => r.RegisterAsync(Bank, webhook.Url, Ct)))!;
        var issued = await ServiceAsync<DocumentIssuer, IssueResult>(i => i.IssueAsync(
            new IssueRequest("basic-certificate", CertificateSubject.Of(new ResidentId(Kim)), new ResidentId(Kim), "self", "ko", null, null, "financial", "account:test", null), Ct));

        var refusal = await ServiceAsync<DocumentSubmissions, string?>(s => s.SubmitAsync(issued.Document!.Id, Kim, Bank, "financial", "account:test", Ct));

        Assert.Null(refusal);
        var notice = await WaitForAsync(webhook);
        Assert.Empty(webhook.Rejected);
        Assert.Equal("document.submitted", notice.GetProperty("event").GetString());
        Assert.Equal(issued.Document!.Number, notice.GetProperty("documentNumber").GetString());
        var fetch = new Uri(notice.GetProperty("fetch").GetString()!).AbsolutePath;

        var client = host.Factory.CreateClient();
        using (var anonymous = await client.GetAsync(fetch, Ct))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }

        using (var other = await GetAsync(fetch + "/pdf", await TokenAsync(Agency, "registries.exchange")))
        {
            Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        }

        var bankToken = await TokenAsync(Bank, "documents.receive");
        using (var json = await GetAsync(fetch, bankToken))
        {
            Assert.Equal(HttpStatusCode.OK, json.StatusCode);
            var body = await json.Content.ReadFromJsonAsync<JsonElement>(Ct);
            Assert.Equal("valid", body.GetProperty("document").GetProperty("status").GetString());
        }

        using (var pdf = await GetAsync(fetch + "/pdf", bankToken))
        {
            Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
            Assert.Equal(issued.Files!.Pdf, await pdf.Content.ReadAsByteArrayAsync(Ct));
        }

        using (var unknown = await GetAsync($"/api/v1/documents/submissions/{Guid.NewGuid()}/pdf", bankToken))
        {
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        }

        var sent = await ServiceAsync<DocumentSubmissions, ILookup<long, Domain.Submission>>(s => s.OfAsync([issued.Document.Sequence], Ct));
        var submission = Assert.Single(sent[issued.Document.Sequence]);
        Assert.NotNull(submission.NotifiedAt);
        Assert.NotNull(submission.FetchedAt);
    }

    [Fact]
    public async Task RevokedOrSomeoneElsesDocument_OrAnUnknownInstitution_IsNotSent()
    {
        await ServiceAsync<Recipients, string?>(r => r.RegisterAsync(Bank, new Uri("http://127.0.0.1:1/unused"), Ct));
        var issued = await ServiceAsync<DocumentIssuer, IssueResult>(i => i.IssueAsync(
            new IssueRequest("basic-certificate", CertificateSubject.Of(new ResidentId(Kim)), new ResidentId(Kim), "self", "ko", null, null, null, "account:test", null), Ct));
        var id = issued.Document!.Id;

        Assert.Equal(SubmitRefusals.NoDocument, await ServiceAsync<DocumentSubmissions, string?>(s => s.SubmitAsync(id, Guid.NewGuid(), Bank, null, "account:x", Ct)));
        Assert.Equal(SubmitRefusals.UnknownRecipient, await ServiceAsync<DocumentSubmissions, string?>(s => s.SubmitAsync(id, Kim, "no-such-client", null, "account:test", Ct)));
        Assert.Equal(SubmitRefusals.UnknownPurpose, await ServiceAsync<DocumentSubmissions, string?>(s => s.SubmitAsync(id, Kim, Bank, "astrology", "account:test", Ct)));
        Assert.True(await ServiceAsync<Verifying.DocumentRevocation, bool>(r => r.RevokeByHolderAsync(id, Kim, "account:test", Ct)));
        Assert.Equal(SubmitRefusals.Revoked, await ServiceAsync<DocumentSubmissions, string?>(s => s.SubmitAsync(id, Kim, Bank, null, "account:test", Ct)));
        Assert.Null(await ServiceAsync<Recipients, string?>(r => r.RegisterAsync("no-such-client", new Uri("https://example.org/hook"), Ct)));
    }

    [Fact]
    public async Task InstitutionsRequest_WaitsForThePerson_ThenIsSentOnApproval()
    {
        await using var webhook = await WebhookReceiver.StartAsync(secret: "");
        webhook.Secret = (await ServiceAsync<Recipients, string?>(r => r.RegisterAsync(Bank, webhook.Url, Ct)))!;
        var token = await TokenAsync(Bank, "documents.receive");

        using var asked = await PostAsync("/api/v1/documents/requests", token,
            new { personalIdentifier = "780412-1023453", name = "김민준", type = "family-relation-certificate", purpose = "financial" });

        Assert.Equal(HttpStatusCode.Accepted, asked.StatusCode);
        var id = (await asked.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("requestId").GetGuid();
        Assert.Equal("pending", await RequestStatusAsync(id, token));
        var pending = await ServiceAsync<DocumentRequests, IReadOnlyList<Domain.DocumentRequest>>(r => r.PendingForAsync(Kim, Ct));
        Assert.Contains(pending, r => r.Id == id);
        Assert.False(await ServiceAsync<DocumentRequests, bool>(r => r.AnswerAsync(id, Resident("lee-seoyeon"), approve: true, "ko", "account:lee", Ct)));

        Assert.True(await ServiceAsync<DocumentRequests, bool>(r => r.AnswerAsync(id, Kim, approve: true, "ko", "account:kim", Ct)));

        Assert.Equal("approved", await RequestStatusAsync(id, token));
        var notice = await WaitForAsync(webhook);
        Assert.Equal("family-relation-certificate", notice.GetProperty("documentType").GetString());
        Assert.False(await ServiceAsync<DocumentRequests, bool>(r => r.AnswerAsync(id, Kim, approve: false, "ko", "account:kim", Ct)));
    }

    [Fact]
    public async Task DeclinedRequest_SendsNothing_AndBadRequestsAreProblems()
    {
        await ServiceAsync<Recipients, string?>(r => r.RegisterAsync(Bank, new Uri("http://127.0.0.1:1/unused"), Ct));
        var token = await TokenAsync(Bank, "documents.receive");
        using var asked = await PostAsync("/api/v1/documents/requests", token, new { personalIdentifier = "780412-1023453", name = "김민준", type = "basic-certificate" });
        var id = (await asked.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("requestId").GetGuid();

        Assert.True(await ServiceAsync<DocumentRequests, bool>(r => r.AnswerAsync(id, Kim, approve: false, "ko", "account:kim", Ct)));

        Assert.Equal("declined", await RequestStatusAsync(id, token));
        using var missing = await PostAsync("/api/v1/documents/requests", token, new { name = "김민준", type = "basic-certificate" });
        using var unknown = await PostAsync("/api/v1/documents/requests", token, new { personalIdentifier = "780412-1023453", name = "홍길동", type = "basic-certificate" });
        using var landRegister = await PostAsync("/api/v1/documents/requests", token, new { personalIdentifier = "780412-1023453", name = "김민준", type = "real-estate-register" });
        using var agency = await PostAsync("/api/v1/documents/requests", await TokenAsync(Agency, "registries.exchange"), new { personalIdentifier = "780412-1023453", name = "김민준", type = "basic-certificate" });
        Assert.Equal(
            [HttpStatusCode.BadRequest, HttpStatusCode.NotFound, HttpStatusCode.BadRequest, HttpStatusCode.Forbidden],
            [missing.StatusCode, unknown.StatusCode, landRegister.StatusCode, agency.StatusCode]);
    }

    private static Guid Resident(string key) => StableId.For("kr", "resident", key);

    private async Task<HttpResponseMessage> PostAsync(string path, string token, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await host.Factory.CreateClient().SendAsync(request, Ct);
    }

    private async Task<string?> RequestStatusAsync(Guid id, string token)
    {
        using var response = await GetAsync($"/api/v1/documents/requests/{id}", token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("status").GetString();
    }

    private async Task<TResult> ServiceAsync<TService, TResult>(Func<TService, Task<TResult>> use)
        where TService : notnull
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<TService>());
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await host.Factory.CreateClient().SendAsync(request, Ct);
    }

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

    private static async Task<JsonElement> WaitForAsync(WebhookReceiver webhook)
    {
        for (var i = 0; i < 200 && webhook.Accepted.IsEmpty; i++)
        {
            await Task.Delay(100, Ct);
        }

        Assert.True(webhook.Accepted.TryPeek(out var body), "the institution's webhook was not called within 20 s");
        return JsonDocument.Parse(body).RootElement;
    }
}
