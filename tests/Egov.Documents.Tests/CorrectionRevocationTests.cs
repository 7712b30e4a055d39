using System.Net;
using Egov.Documents.Domain;
using Egov.Documents.Issuance;
using Egov.Registries.Contracts;
using Egov.Registries.Domain;
using Egov.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Documents.Tests;

/// <summary>
/// A registrar corrects Lee Seoyeon's registered Latin name on the officials' page: every certificate that printed
/// her entry — her husband's family certificate, the villa's land register transcript — is withdrawn through the
/// outbox, while one that does not show her, and one issued after the correction, still stand.
/// </summary>
public sealed class CorrectionRevocationTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private TestDatabase database = null!;
    private EgovHostFactory host = null!;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(Ct);
        // The demo officials' accounts: a registrar records the correction.
        host = new EgovHostFactory(database, new Dictionary<string, string?> { ["Identity:SeedDemoAccounts"] = "true" });
    }

    public async ValueTask DisposeAsync()
    {
        await host.DisposeAsync();
        await database.DisposeAsync();
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ResidentId Resident(string key) => new(StableId.For("kr", "resident", key));

    private async Task<string> IssueAsync(string type, CertificateSubject subject, string requestedAs)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<DocumentIssuer>().IssueAsync(
            new IssueRequest(type, subject, Resident("kim-minjun"), requestedAs, "ko", null, null, null, "account:test", null), Ct);
        return result.Document!.Number;
    }

    private async Task<string> StatusAsync(string number) =>
        (await VerifyApi.CheckAsync(host, new { number })).GetProperty("status").GetString()!;

    [Fact]
    public async Task CorrectingAnEntry_RevokesEveryDocumentThatShowsIt_AndNoOther()
    {
        var kim = CertificateSubject.Of(Resident("kim-minjun"));
        var family = await IssueAsync("family-relation-certificate", kim, "self");
        var basic = await IssueAsync("basic-certificate", kim, "self");
        var villa = await IssueAsync("real-estate-register", new(SubjectKinds.Building, StableId.For("kr", "building", "jongno-buam-100-apartment")), "anyone");

        var registrar = await DemoOfficials.AtAal2Async(host, DemoOfficials.Registrar);
        using var record = await registrar.GetAsync($"/officials/registries/residents/{Resident("lee-seoyeon").Value}");
        using var corrected = await registrar.SubmitAsync(record, new Dictionary<string, string> { ["Correct.LatinName"] = "Yi Seoyeon" },
            which: f => f.Action.Contains("handler=Correct", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        var afterwards = await IssueAsync("family-relation-certificate", kim, "self");

        var deadline = DateTime.UtcNow + Patience;
        while (await StatusAsync(family) != "revoked" && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200, Ct);
        }

        Assert.Equal(
            ["revoked", "revoked", "valid", "valid"],
            [await StatusAsync(family), await StatusAsync(villa), await StatusAsync(basic), await StatusAsync(afterwards)]);
    }
}
