using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Egov.Field.Domain;
using Egov.Field.Findings;
using Egov.Platform.Jobs;
using Egov.Platform.Packs;
using Egov.Registries.Domain;
using Egov.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Egov.Field.Tests.Uploads;

namespace Egov.Field.Tests;

/// <summary>
/// A fire door that closes in 14 s (the limit is 10) becomes a corrective-action order due in the item's 14 days, served
/// to 합정라운지's two owners as a legal notice, with a re-inspection scheduled a week after the deadline. Past the
/// deadline the hourly job escalates the order once and tells the owners again; a passing re-inspection closes it.
/// </summary>
public sealed class FindingsTests(FieldHost host) : IClassFixture<FieldHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FailedItem_BecomesAnOrder_ServedToTheOwners_EscalatedOnceWhenOverdue_AndClosedByTheReinspection()
    {
        var plan = await host.PlanAsync(FieldHost.Inspector);
        var assignment = (await host.AssignmentAsync(FieldHost.Inspector, plan.GetProperty("id").GetGuid(), "합정라운지")).GetProperty("id").GetGuid();
        using (var done = await host.UploadAsync(FieldHost.Inspector, Guid.NewGuid(), Of(assignment, "phone-1", await host.ChecklistWithPhotosAsync(assignment, DateTime.UtcNow.AddMinutes(-20), doorSeconds: 14), complete: true)))
        {
            Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        }

        var today = host.Factory.Services.GetRequiredService<CountryPack>().Today(TimeProvider.System);
        var order = await host.QueryAsync(db => db.Orders.SingleAsync(o => o.AssignmentId == assignment, Ct));
        Assert.Equal(("fire-door-closing", today.AddDays(14), OrderStatus.Open), (order.ItemCode, order.DueOn, order.Status));
        var reinspection = await host.QueryAsync(db => db.Assignments.Include(a => a.Inspectors).SingleAsync(a => a.Id == order.ReinspectionAssignmentId, Ct));
        Assert.Equal((AssignmentKind.Reinspection, today.AddDays(21), FieldHost.Inspector), (reinspection.Kind, reinspection.DueOn, reinspection.Inspectors.Single().EmployeeNumber));
        var package = await (await host.OfficialAsync(FieldHost.Inspector)).GetFromJsonAsync<JsonElement>("/api/v1/field/sync", Ct);
        Assert.Contains(package.GetProperty("assignments").EnumerateArray(), a => a.GetProperty("id").GetGuid() == reinspection.Id && a.GetProperty("kind").GetString() == "reinspection");
        Assert.DoesNotContain(package.GetProperty("assignments").EnumerateArray(), a => a.GetProperty("id").GetGuid() == assignment);

        Assert.Equal(2, order.Addressees);
        var owner = await CitizenAtTheBrowser.SignedInAsync(host.Factory, "hapjeong-owner", StableId.For("kr", "resident", "nguyen-thilan"));
        var inbox = (await owner.PageAsync("/my/notifications")).Body!.TextContent;
        Assert.Contains("시정명령: 합정라운지", inbox, StringComparison.Ordinal);

        // The deadline passes uncorrected; the hourly job runs (twice: the second run finds nothing left to do).
        await host.QueryAsync(db => db.Orders.Where(o => o.Id == order.Id).ExecuteUpdateAsync(o => o.SetProperty(x => x.DueOn, today.AddDays(-1)), Ct));
        var job = host.Factory.Services.GetServices<IRecurringJob>().OfType<OverdueOrdersJob>().Single();
        await job.RunAsync(DateTime.UtcNow, Ct);
        await job.RunAsync(DateTime.UtcNow, Ct);

        var escalated = await host.QueryAsync(db => db.Orders.AsNoTracking().SingleAsync(o => o.Id == order.Id, Ct));
        Assert.Equal(OrderStatus.Escalated, escalated.Status);
        Assert.NotNull(escalated.EscalatedAt);
        Assert.Equal(1, await host.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.Type.Contains("CorrectiveOrderOverdue") && m.Payload.Contains(order.Id.ToString()), Ct)));
        var told = (await owner.PageAsync("/my/notifications")).Body!.TextContent;
        Assert.Equal(1, CountOf(told, "시정기한 경과: 합정라운지"));

        // The re-inspection finds the door fixed: the order is closed, and no new order is made.
        using (var fixedDoor = await host.UploadAsync(FieldHost.Inspector, Guid.NewGuid(), Of(reinspection.Id, "phone-1", await host.ChecklistWithPhotosAsync(reinspection.Id, DateTime.UtcNow), complete: true)))
        {
            Assert.Equal(HttpStatusCode.OK, fixedDoor.StatusCode);
        }

        Assert.Equal(OrderStatus.Corrected, await host.QueryAsync(db => db.Orders.Where(o => o.Id == order.Id).Select(o => o.Status).SingleAsync(Ct)));
        Assert.Equal(0, await host.QueryAsync(db => db.Orders.CountAsync(o => o.AssignmentId == reinspection.Id, Ct)));
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
