using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Egov.Field.Data;
using Egov.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Field.Tests;

/// <summary>
/// The real host over a fresh database with the demo accounts: Seoul's inspectors 배현우 and 노은비, their division head
/// 장민석 (inspection manager), and the interior ministry's 신예린 (inspector and manager of another agency). The
/// register holds three multi-use buildings in Mapo-gu (서교스퀘어, 합정라운지, an unnamed one in 연남동) and one in Jongno.
/// Recurring jobs are off: the tests run the escalation themselves.
/// </summary>
public sealed class FieldHost : IAsyncLifetime
{
    public const string Inspector = "SEOUL-2017-0815";
    public const string SecondInspector = "SEOUL-2019-1102";
    public const string Manager = "SEOUL-2010-0630";
    public const string OtherAgencyManager = "MOIS-2014-0520";
    public const string Template = "fire-safety.multi-use";
    public const string Mapo = "11440";
    public const string MultiUse = "근린생활시설";
    private const string DemoPassword = "enjoy-egov-demo";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Dictionary<string, PersonAtTheBrowser> officials = [];
    private TestDatabase? database;

    public EgovHostFactory Factory { get; private set; } = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(Ct);
        // The real clock: the officials' authenticator codes are computed from it.
        Factory = new EgovHostFactory(database, new Dictionary<string, string?> { ["Identity:SeedDemoAccounts"] = "true", ["Platform:Jobs:Enabled"] = "false" });
        _ = Factory.Server;
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await database!.DisposeAsync();
    }

    /// <summary>A demo official signed in at AAL2, once per host.</summary>
    public async Task<HttpClient> OfficialAsync(string employeeNumber) => (await BrowserAsync(employeeNumber)).Client;

    /// <summary>The demo official's browser (to submit a page's forms), signed in at AAL2, once per host.</summary>
    public async Task<PersonAtTheBrowser> BrowserAsync(string employeeNumber)
    {
        if (!officials.TryGetValue(employeeNumber, out var official))
        {
            official = new PersonAtTheBrowser(Factory);
            using (var signedIn = await official.SignInAsync(employeeNumber, DemoPassword))
            {
                Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            }

            await DemoOfficials.StepUpAsync(official, "/officials/approvals");
            officials[employeeNumber] = official;
        }

        return official;
    }

    /// <summary>A new plan over Mapo's multi-use buildings, assigned to <paramref name="inspectors"/>; its assignments from the inspector's download.</summary>
    public async Task<JsonElement> PlanAsync(params string[] inspectors)
    {
        var manager = await OfficialAsync(Manager);
        var year = DateTime.UtcNow.Year;
        using var created = await manager.PostAsJsonAsync("/api/v1/field/plans", new
        {
            clientId = Guid.NewGuid(), template = Template, region = Mapo, use = MultiUse, year, dueOn = new DateOnly(year, 12, 31), inspectors,
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    /// <summary>The assignment of a plan for the named building, from the inspector's download.</summary>
    public async Task<JsonElement> AssignmentAsync(string inspector, Guid planId, string buildingName)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FieldDbContext>();
        var id = db.Assignments.Single(a => a.PlanId == planId && a.BuildingName == buildingName).Id;
        var package = await (await OfficialAsync(inspector)).GetFromJsonAsync<JsonElement>("/api/v1/field/sync", Ct);
        return package.GetProperty("assignments").EnumerateArray().Single(a => a.GetProperty("id").GetGuid() == id);
    }

    /// <summary>Uploads results under <paramref name="clientId"/>.</summary>
    public async Task<HttpResponseMessage> UploadAsync(string inspector, Guid clientId, object upload) =>
        await (await OfficialAsync(inspector)).PutAsJsonAsync($"/api/v1/field/submissions/{clientId}", upload, Ct);

    /// <summary>A photo uploaded whole in one chunk, as the field app does for a small one; its client id.</summary>
    public async Task<Guid> UploadPhotoAsync(string inspector, Guid assignment, string item, byte[] photo)
    {
        var client = await OfficialAsync(inspector);
        var clientId = Guid.NewGuid();
        using var created = await client.PostAsJsonAsync("/api/v1/field/photos", new
        {
            clientId, assignmentId = assignment, itemCode = item, contentType = "image/jpeg", size = photo.Length, sha256 = Convert.ToHexStringLower(SHA256.HashData(photo)),
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var content = new ByteArrayContent(photo);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Headers.ContentRange = new ContentRangeHeaderValue(0, photo.Length - 1, photo.Length);
        using (var chunk = await client.PutAsync(created.Headers.Location, content, Ct))
        {
            Assert.Equal(HttpStatusCode.OK, chunk.StatusCode);
        }

        using var completed = await client.PostAsJsonAsync($"{created.Headers.Location}/complete", new { }, Ct);
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        return clientId;
    }

    /// <summary>The whole checklist (<see cref="Uploads.Checklist"/>) with its two photos uploaded first, ready to complete.</summary>
    public async Task<IEnumerable<object>> ChecklistWithPhotosAsync(Guid assignment, DateTime at, decimal doorSeconds = 8)
    {
        var exit = await UploadPhotoAsync(Inspector, assignment, "exit-clear", RandomNumberGenerator.GetBytes(3_000));
        var door = await UploadPhotoAsync(Inspector, assignment, "fire-door-closing", RandomNumberGenerator.GetBytes(3_000));
        return Uploads.Checklist(at, doorSeconds, exit, door);
    }

    /// <summary>The audit entries with this action on this subject.</summary>
    public async Task<int> AuditCountAsync(string action, string subject)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var platform = scope.ServiceProvider.GetRequiredService<Egov.Platform.Data.PlatformDbContext>();
        return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(platform.AuditEntries, e => e.Action == action && e.Subject == subject, Ct);
    }

    internal async Task<T> QueryAsync<T>(Func<FieldDbContext, Task<T>> query)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<FieldDbContext>());
    }
}
