using Egov.Org.Contracts;
using Egov.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Org.Tests;

/// <summary>
/// <see cref="IOrgDirectory"/> as other modules call it, over the demo organisation the host seeds from the pack, on the
/// real migrations (SQLite, or PostgreSQL when the test run provides it).
/// </summary>
public sealed class OrgDirectoryTests(EgovHostFixture host) : IClassFixture<EgovHostFixture>, IAsyncDisposable
{
    private readonly AsyncServiceScope scope = host.Factory.Services.CreateAsyncScope();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DemoSeoul_IsATree_RootFirst_ParentsBeforeChildren()
    {
        var departments = await Directory().DepartmentsAsync("6110000", Ct);

        Assert.Equal(["SEOUL", "ADMIN", "CIVIL-SAFETY", "GENERAL-AFFAIRS", "FINANCE", "BUDGET", "WELFARE", "SENIOR-WELFARE", "WELFARE-POLICY"], departments.Select(d => d.Code));
        var welfare = departments.Single(d => d.Code == "WELFARE");
        Assert.Equal(("복지실", "Welfare Office", "office-head"), (welfare.NameIn("ko"), welfare.NameIn("en"), welfare.HeadPostCode));
        Assert.Equal(departments[0].Id, welfare.ParentId);
    }

    [Fact]
    public async Task Official_IsFoundByEmployeeNumber_InTheirDepartment()
    {
        var official = await Directory().FindOfficialAsync("SEOUL-2011-2087", Ct);

        Assert.NotNull(official);
        Assert.Equal(("오준서", "6110000", "division-head", "grade-4", OfficialStatus.Serving, true),
            (official.Name, official.AgencyCode, official.PostCode, official.GradeCode, official.Status, official.IsHead));
        Assert.Equal("WELFARE-POLICY", (await Directory().FindDepartmentAsync(official.DepartmentId, Ct))!.Code);
        Assert.Null(await Directory().FindOfficialAsync("SEOUL-0000-0000", Ct));
    }

    [Fact]
    public async Task Members_ListTheHeadFirst()
    {
        var policy = (await Directory().FindOfficialAsync("SEOUL-2020-3310", Ct))!.DepartmentId;

        var members = await Directory().MembersAsync(policy, Ct);

        Assert.Equal(["SEOUL-2011-2087", "SEOUL-2016-2254", "SEOUL-2020-3310"], members.Select(m => m.EmployeeNumber));
    }

    [Fact]
    public async Task Expenditure_OfTwentyMillion_FromWelfarePolicy_IsTheOfficeHeads_ReviewedByTheDivisionHead()
    {
        var drafter = (await Directory().FindOfficialAsync("SEOUL-2020-3310", Ct))!;

        var authority = await Directory().FinalAuthorityAsync(
            new FinalAuthorityQuery(drafter.DepartmentId, "expenditure", 20_000_000m) { DrafterEmployeeNumber = drafter.EmployeeNumber }, Ct);

        Assert.Equal(("bureau-head", "SEOUL-2001-0150", true), (authority.PostCode, authority.Approver?.EmployeeNumber, authority.IsDelegated));
        Assert.Equal(["SEOUL-2011-2087"], authority.Reviewers.Select(r => r.EmployeeNumber));
        Assert.Equal("지출(10,000,000원 이상 100,000,000원 미만): 국장", authority.Rule);
    }

    [Fact]
    public async Task PresentOfficial_StandsInForThemself()
    {
        var standIn = await Directory().StandInAsync("SEOUL-2011-2087", new DateOnly(2026, 12, 7), Ct);

        Assert.Equal(("SEOUL-2011-2087", false), (standIn?.Acting.EmployeeNumber, standIn?.IsProxy));
        Assert.Null(await Directory().StandInAsync("SEOUL-0000-0000", new DateOnly(2026, 12, 7), Ct));
    }

    public ValueTask DisposeAsync() => scope.DisposeAsync();

    /// <summary>The directory of the test's own scope, as a request of another module would get it.</summary>
    private IOrgDirectory Directory() => scope.ServiceProvider.GetRequiredService<IOrgDirectory>();
}
