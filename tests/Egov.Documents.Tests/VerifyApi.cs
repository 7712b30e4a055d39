using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Egov.Testing;

namespace Egov.Documents.Tests;

/// <summary><c>POST /api/v1/documents/verify</c> as any verifier calls it: no account, one way of naming the document.</summary>
internal static class VerifyApi
{
    public static async Task<JsonElement> CheckAsync(EgovHostFactory host, object body)
    {
        using var response = await host.CreateClient().PostAsJsonAsync("/api/v1/documents/verify", body, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
    }
}
