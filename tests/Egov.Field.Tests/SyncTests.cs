using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Egov.Field.Domain;
using Egov.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Egov.Field.Tests.Uploads;

namespace Egov.Field.Tests;

/// <summary>
/// The field app's sync: the inspector downloads their assignments nearest first with the templates to fill; an
/// upload sent twice is stored once and answered alike; two inspectors' values of one item follow the documented
/// rule (later by the device's clock wins, the loser kept in history); strangers find nothing, and are audited.
/// </summary>
public sealed class SyncTests(FieldHost host) : IClassFixture<FieldHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Download_WithAPosition_ListsTheNearestBuildingFirst_AndCarriesTheTemplate()
    {
        var plan = await host.PlanAsync(FieldHost.SecondInspector);
        var inspector = await host.OfficialAsync(FieldHost.SecondInspector);

        // Standing at 합정역: 합정라운지 is round the corner, 서교스퀘어 a kilometre off, 연남동 two.
        var package = await inspector.GetFromJsonAsync<JsonElement>("/api/v1/field/sync?latitude=37.5497&longitude=126.9139", Ct);
        var planId = plan.GetProperty("id").GetGuid();
        var ids = await host.QueryAsync(db => db.Assignments.Where(a => a.PlanId == planId).Select(a => a.Id).ToListAsync(Ct));
        var mine = package.GetProperty("assignments").EnumerateArray().Where(a => ids.Contains(a.GetProperty("id").GetGuid())).ToList();
        Assert.Equal(plan.GetProperty("assignments").GetInt32(), mine.Count);
        Assert.Equal(["합정라운지", "서교스퀘어", null], mine.Select(a => a.GetProperty("buildingName").GetString()));
        var distances = mine.Select(a => a.GetProperty("distanceMetres").GetDouble()).ToList();
        Assert.True(distances[0] < 100 && distances[1] is > 800 and < 1200, string.Join(", ", distances));
        Assert.DoesNotContain(mine, a => a.GetProperty("address").GetString()!.Contains("관철동", StringComparison.Ordinal));

        var template = Assert.Single(package.GetProperty("templates").EnumerateArray());
        Assert.Equal((FieldHost.Template, 1), (template.GetProperty("code").GetString(), template.GetProperty("version").GetInt32()));
        var door = template.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "fire-door-closing");
        Assert.Equal(("Reading", "s", 10m), (door.GetProperty("kind").GetString(), door.GetProperty("unit").GetString(), door.GetProperty("max").GetDecimal()));
        Assert.Equal("비상조명등의 화재안전기술기준(NFTC 304) 2.1.1.3",
            template.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "emergency-light").GetProperty("legalBasis").GetProperty("ko").GetString());
    }

    [Fact]
    public async Task SameUpload_SentTwice_IsStoredOnce_AndAnsweredAlike_WhileItsIdWithOtherContentIsRefused()
    {
        var plan = await host.PlanAsync(FieldHost.Inspector);
        var assignment = (await host.AssignmentAsync(FieldHost.Inspector, plan.GetProperty("id").GetGuid(), "서교스퀘어")).GetProperty("id").GetGuid();
        var clientId = Guid.NewGuid();
        var at = DateTime.UtcNow.AddMinutes(-5);
        var upload = Of(assignment, "phone-1", [Item("exit-clear", at, "pass", photos: Guid.NewGuid()), Item("emergency-light", at, reading: 0.4m)]);

        using var first = await host.UploadAsync(FieldHost.Inspector, clientId, upload);
        using var again = await host.UploadAsync(FieldHost.Inspector, clientId, upload);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, again.StatusCode));
        Assert.Equal(await first.Content.ReadAsStringAsync(Ct), await again.Content.ReadAsStringAsync(Ct));
        var state = await first.Content.ReadFromJsonAsync<JsonElement>(Ct);
        // A reading's pass or fail is the server's: 0.4 lx is below the 1 lx minimum.
        Assert.Equal("fail", state.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "emergency-light").GetProperty("outcome").GetString());
        Assert.Equal(1, await host.QueryAsync(db => db.Submissions.CountAsync(s => s.AssignmentId == assignment, Ct)));
        Assert.Equal(1, await host.QueryAsync(db => db.Inspections.CountAsync(i => i.AssignmentId == assignment, Ct)));
        Assert.Equal(0, await host.QueryAsync(db => db.History.CountAsync(h => h.SubmissionId == clientId, Ct)));

        using var reused = await host.UploadAsync(FieldHost.Inspector, clientId, Of(assignment, "phone-1", [Item("alarm-working", at, "pass")]));
        Assert.Equal(HttpStatusCode.Conflict, reused.StatusCode);
        Assert.Equal("application/problem+json", reused.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task TwoInspectors_OnOneItem_TheLaterByDeviceClockWins_AndTheLoserIsKeptInHistory()
    {
        var plan = await host.PlanAsync(FieldHost.Inspector);
        var assignment = (await host.AssignmentAsync(FieldHost.Inspector, plan.GetProperty("id").GetGuid(), "합정라운지")).GetProperty("id").GetGuid();
        var manager = await host.OfficialAsync(FieldHost.Manager);
        using (var named = await manager.PutAsJsonAsync($"/api/v1/field/assignments/{assignment}/inspectors",
            new { inspectors = new[] { FieldHost.Inspector, FieldHost.SecondInspector } }, Ct))
        {
            Assert.Equal(HttpStatusCode.NoContent, named.StatusCode);
        }

        var early = DateTime.UtcNow.AddMinutes(-30);
        var late = early.AddMinutes(10);
        // 배현우 found the exit blocked at 10:10 but was offline; 노은비 had ticked it at 10:00 and syncs last.
        using var blocked = await host.UploadAsync(FieldHost.Inspector, Guid.NewGuid(), Of(assignment, "phone-A", [Item("exit-clear", late, "fail", note: "적재물")]));
        var lostUpload = Guid.NewGuid();
        using var ticked = await host.UploadAsync(FieldHost.SecondInspector, lostUpload, Of(assignment, "phone-B",
            [Item("exit-clear", early, "pass"), Item("alarm-working", early, "pass")]));

        var answer = await ticked.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(["exit-clear"], answer.GetProperty("superseded").EnumerateArray().Select(s => s.GetString()));
        var items = answer.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("code").GetString()!);
        Assert.Equal(("fail", FieldHost.Inspector), (items["exit-clear"].GetProperty("outcome").GetString(), items["exit-clear"].GetProperty("recordedBy").GetString()));
        Assert.Equal(FieldHost.SecondInspector, items["alarm-working"].GetProperty("recordedBy").GetString());
        var kept = Assert.Single(await host.QueryAsync(db => db.History.Where(h => h.SubmissionId == lostUpload).ToListAsync(Ct)));
        Assert.Equal((ItemOutcome.Pass, "phone-B"), (kept.Outcome, kept.DeviceId));

        // At 10:20 노은비 sees the exit cleared: the later value wins now, and 배현우's goes to the history.
        using var cleared = await host.UploadAsync(FieldHost.SecondInspector, Guid.NewGuid(), Of(assignment, "phone-B", [Item("exit-clear", late.AddMinutes(10), "pass", note: "현장 시정")]));
        var now = await cleared.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Empty(now.GetProperty("superseded").EnumerateArray());
        Assert.Equal("현장 시정", now.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "exit-clear").GetProperty("note").GetString());
        Assert.Equal(["적재물", null], await host.QueryAsync(db => db.History.Where(h => h.ItemCode == "exit-clear" && db.Inspections.Any(i => i.Id == h.InspectionId && i.AssignmentId == assignment))
            .OrderByDescending(h => h.RecordedAt).Select(h => h.Note).ToListAsync(Ct)));
    }

    [Fact]
    public async Task CompletedInspection_RefusesALateUpload_With409AndTheServersVersion()
    {
        var plan = await host.PlanAsync(FieldHost.Inspector);
        var assignment = (await host.AssignmentAsync(FieldHost.Inspector, plan.GetProperty("id").GetGuid(), "서교스퀘어")).GetProperty("id").GetGuid();
        var at = DateTime.UtcNow.AddMinutes(-10);
        using (var incomplete = await host.UploadAsync(FieldHost.Inspector, Guid.NewGuid(), Of(assignment, "phone-1", [Item("alarm-working", at, "pass")], complete: true)))
        {
            Assert.Equal(HttpStatusCode.BadRequest, incomplete.StatusCode);
            Assert.Contains("items.exit-clear", await incomplete.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }

        // Every item recorded, but its photos only named, never uploaded: not complete, and nothing of it kept.
        using (var unsent = await host.UploadAsync(FieldHost.Inspector, Guid.NewGuid(), Of(assignment, "phone-1", Checklist(at), complete: true)))
        {
            Assert.Equal(HttpStatusCode.BadRequest, unsent.StatusCode);
            Assert.Contains("items.exit-clear.photos", await unsent.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
            Assert.Equal(0, await host.QueryAsync(db => db.Inspections.CountAsync(i => i.AssignmentId == assignment, Ct)));
        }

        using (var done = await host.UploadAsync(FieldHost.Inspector, Guid.NewGuid(), Of(assignment, "phone-1", await host.ChecklistWithPhotosAsync(assignment, at), complete: true)))
        {
            Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        }

        using var late = await host.UploadAsync(FieldHost.Inspector, Guid.NewGuid(), Of(assignment, "phone-2", [Item("alarm-working", at.AddMinutes(5), "fail")]));
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        var problem = await late.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("completed", problem.GetProperty("inspection").GetProperty("status").GetString());
        Assert.Equal("pass", problem.GetProperty("inspection").GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("code").GetString() == "alarm-working").GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task InspectionStartedOnAStoredVersion_KeepsIt_AfterThePackMovedOn()
    {
        var plan = await host.PlanAsync(FieldHost.Inspector);
        var assignment = (await host.AssignmentAsync(FieldHost.Inspector, plan.GetProperty("id").GetGuid(), "합정라운지")).GetProperty("id").GetGuid();
        var at = DateTime.UtcNow.AddMinutes(-10);
        using (var started = await host.UploadAsync(FieldHost.Inspector, Guid.NewGuid(), Of(assignment, "phone-1", [Item("alarm-working", at, "pass")])))
        {
            Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        }

        // The version it started on stays what the device fills, whatever the pack says later.
        using var other = await host.UploadAsync(FieldHost.Inspector, Guid.NewGuid(), Of(assignment, "phone-1", [Item("alarm-working", at, "pass")], version: 2));
        Assert.Equal(HttpStatusCode.Conflict, other.StatusCode);
        Assert.Contains("version 1", await other.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var stored = await host.QueryAsync(db => db.Templates.SingleAsync(t => t.Code == FieldHost.Template && t.Version == 1, Ct));
        Assert.Contains("fire-door-closing", stored.Definition, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stranger_AnotherInspectorOrAnotherAgency_FindsNoInspection_AndIsAudited()
    {
        var plan = await host.PlanAsync(FieldHost.Inspector);
        var assignment = (await host.AssignmentAsync(FieldHost.Inspector, plan.GetProperty("id").GetGuid(), "서교스퀘어")).GetProperty("id").GetGuid();
        using (await host.UploadAsync(FieldHost.Inspector, Guid.NewGuid(), Of(assignment, "phone-1", [Item("alarm-working", DateTime.UtcNow, "fail")])))
        {
        }

        var path = $"/api/v1/field/assignments/{assignment}/inspection";
        using var own = await (await host.OfficialAsync(FieldHost.Inspector)).GetAsync(path, Ct);
        using var manager = await (await host.OfficialAsync(FieldHost.Manager)).GetAsync(path, Ct);
        using var colleague = await (await host.OfficialAsync(FieldHost.SecondInspector)).GetAsync(path, Ct);
        using var ministry = await (await host.OfficialAsync(FieldHost.OtherAgencyManager)).GetAsync(path, Ct);
        using var upload = await host.UploadAsync(FieldHost.SecondInspector, Guid.NewGuid(), Of(assignment, "phone-9", [Item("alarm-working", DateTime.UtcNow, "pass")]));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (own.StatusCode, manager.StatusCode));
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (colleague.StatusCode, ministry.StatusCode, upload.StatusCode));
        Assert.Equal("application/problem+json", ministry.Content.Headers.ContentType?.MediaType);
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var refused = await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.Action == "field.assignment.refused" && e.Subject == $"field-assignment:{assignment}").Select(e => e.Actor).ToListAsync(Ct);
        Assert.Equal(2, refused.Count(a => a == $"official:{FieldHost.SecondInspector}"));
        Assert.Contains($"official:{FieldHost.OtherAgencyManager}", refused);
        Assert.Contains("field.inspection.read", await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.Actor == $"official:{FieldHost.Manager}" && e.Subject == $"field-assignment:{assignment}").Select(e => e.Action).ToListAsync(Ct));
    }
}
