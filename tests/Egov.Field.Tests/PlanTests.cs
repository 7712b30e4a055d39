using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Egov.Field.Tests;

/// <summary>
/// Inspection plans: every multi-use building of Mapo-gu becomes one assignment, made once however often the manager's
/// request is sent; inspectors come from the manager's own agency only; inspectors cannot plan. The demo plan of the
/// pack is there for the demo inspector from the start.
/// </summary>
public sealed class PlanTests(FieldHost host) : IClassFixture<FieldHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static object Plan(Guid clientId, params string[] inspectors) => new
    {
        clientId, template = FieldHost.Template, region = FieldHost.Mapo, use = FieldHost.MultiUse, year = DateTime.UtcNow.Year,
        dueOn = new DateOnly(DateTime.UtcNow.Year, 11, 30), inspectors,
    };

    [Fact]
    public async Task Plan_AssignsEachBuildingOnce_InspectorsInTurn_AndIsMadeOnceBySameClientId()
    {
        var manager = await host.OfficialAsync(FieldHost.Manager);
        var clientId = Guid.NewGuid();
        using var created = await manager.PostAsJsonAsync("/api/v1/field/plans", Plan(clientId, FieldHost.Inspector, FieldHost.SecondInspector), Ct);
        using var again = await manager.PostAsJsonAsync("/api/v1/field/plans", Plan(clientId, FieldHost.Inspector, FieldHost.SecondInspector), Ct);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK), (created.StatusCode, again.StatusCode));
        var plan = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(plan.GetProperty("id").GetGuid(), (await again.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid());
        var planId = plan.GetProperty("id").GetGuid();
        var assignments = await host.QueryAsync(db => db.Assignments.Include(a => a.Inspectors).Where(a => a.PlanId == planId).ToListAsync(Ct));
        Assert.Equal(3, assignments.Count);
        Assert.Equal(3, plan.GetProperty("assignments").GetInt32());
        Assert.Equal([2, 1], assignments.GroupBy(a => a.Inspectors.Single().EmployeeNumber).Select(g => g.Count()).OrderDescending());
        Assert.All(assignments, a => Assert.NotNull(a.Latitude));
    }

    [Fact]
    public async Task Plan_WithAnotherAgencysInspector_IsRefused_AndAnInspectorCannotPlan()
    {
        var manager = await host.OfficialAsync(FieldHost.Manager);
        using var foreign = await manager.PostAsJsonAsync("/api/v1/field/plans", Plan(Guid.NewGuid(), FieldHost.OtherAgencyManager), Ct);
        using var byInspector = await (await host.OfficialAsync(FieldHost.Inspector)).PostAsJsonAsync("/api/v1/field/plans", Plan(Guid.NewGuid(), FieldHost.Inspector), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Contains(FieldHost.OtherAgencyManager, await foreign.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, byInspector.StatusCode);
    }

    [Fact]
    public async Task DemoPlan_GivesTheDemoInspectorMaposBuildings()
    {
        var demo = await host.QueryAsync(db => db.Plans.SingleAsync(p => p.CreatedBy == "system:field-demo", Ct));
        var package = await (await host.OfficialAsync(FieldHost.Inspector)).GetFromJsonAsync<JsonElement>("/api/v1/field/sync", Ct);
        var ids = await host.QueryAsync(db => db.Assignments.Where(a => a.PlanId == demo.Id).Select(a => a.Id).ToListAsync(Ct));

        Assert.Equal(3, ids.Count);
        Assert.Equal(3, package.GetProperty("assignments").EnumerateArray().Count(a => ids.Contains(a.GetProperty("id").GetGuid())));
    }

    [Fact]
    public async Task Api_WithoutASession_Answers401AsProblemDetails()
    {
        using var anonymous = await host.Factory.CreateClient().GetAsync("/api/v1/field/sync", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType?.MediaType);
    }
}
