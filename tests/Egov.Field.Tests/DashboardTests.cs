using System.Net;
using AngleSharp.Html.Parser;
using Egov.Field.Domain;
using Egov.Platform.Packs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Egov.Field.Tests.Uploads;

namespace Egov.Field.Tests;

/// <summary>
/// <c>/officials/field</c>: Seoul's inspection manager sees the agency's plans with their progress, Mapo-gu's completion
/// rate and the overdue order; an inspector without the manager's role is turned away.
/// </summary>
public sealed class DashboardTests(FieldHost host) : IClassFixture<FieldHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Manager_SeesPlansProgressByRegion_AndTheOverdueOrder()
    {
        var plan = await host.PlanAsync(FieldHost.Inspector);
        var assignment = (await host.AssignmentAsync(FieldHost.Inspector, plan.GetProperty("id").GetGuid(), "합정라운지")).GetProperty("id").GetGuid();
        using (await host.UploadAsync(FieldHost.Inspector, Guid.NewGuid(), Of(assignment, "phone-1", await host.ChecklistWithPhotosAsync(assignment, DateTime.UtcNow.AddMinutes(-5), doorSeconds: 12), complete: true)))
        {
        }

        var today = host.Factory.Services.GetRequiredService<CountryPack>().Today(TimeProvider.System);
        await host.QueryAsync(db => db.Orders.Where(o => o.AssignmentId == assignment).ExecuteUpdateAsync(o => o.SetProperty(x => x.DueOn, today.AddDays(-2)), Ct));

        using var response = await (await host.OfficialAsync(FieldHost.Manager)).GetAsync("/officials/field", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal("1 / 3", page.QuerySelector($"[data-plan='{plan.GetProperty("id").GetGuid()}'] td:last-child")!.TextContent.Trim());
        // The demo plan's three and this plan's three buildings in Mapo-gu, one of them done.
        var mapo = page.QuerySelector("[data-region='11440']")!;
        Assert.Contains("마포구", mapo.TextContent, StringComparison.Ordinal);
        Assert.Equal("1 / 6", mapo.QuerySelector("td")!.TextContent.Trim());
        var overdue = page.QuerySelector($"[data-order]")!;
        Assert.Contains("합정라운지", overdue.TextContent, StringComparison.Ordinal);
        Assert.Contains("방화문 자동 닫힘 시간", overdue.TextContent, StringComparison.Ordinal);
        Assert.Contains("1건", page.QuerySelector("[data-figure='overdue-orders']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(OrderStatus.Open, await host.QueryAsync(db => db.Orders.Where(o => o.AssignmentId == assignment).Select(o => o.Status).SingleAsync(Ct)));

        using var inspector = await (await host.OfficialAsync(FieldHost.Inspector)).GetAsync("/officials/field", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, inspector.StatusCode);
    }
}
