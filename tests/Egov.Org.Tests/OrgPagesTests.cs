using System.Net;
using Egov.Org.Contracts;
using Egov.Org.Tests.Support;
using Egov.Platform.Packs;
using Egov.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Egov.Org.Tests.Support.OrgAtTheBrowser;

namespace Egov.Org.Tests;

/// <summary>
/// The organisation pages through HTTP as the demo officials use them: any official reads their own agency; only the
/// org-admin of that agency changes it; another agency's objects are not found; refusals and changes are audited.
/// </summary>
public sealed class OrgPagesTests(DemoOfficialsHostFixture fixture) : IClassFixture<DemoOfficialsHostFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private EgovHostFactory Host => fixture.Factory;

    [Fact]
    public async Task Official_SeesTheirAgencysChart_AndNotAnotherAgencysDepartment()
    {
        var official = await fixture.SignedInAsync(SeoulOfficial);

        using var chart = await official.GetAsync("/officials/org");
        var html = await chart.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, chart.StatusCode);
        Assert.Contains("복지정책과", html, StringComparison.Ordinal);
        Assert.Contains("오준서", html, StringComparison.Ordinal);
        Assert.DoesNotContain("디지털정부정책과", html, StringComparison.Ordinal);

        using var other = await official.GetAsync($"/officials/org/departments/{await DepartmentIdAsync(Host, "1741000", "DIGITAL-GOV")}");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        using var otherOfficial = await official.GetAsync($"/officials/org/officials/{MoisAdmin}");
        Assert.Equal(HttpStatusCode.NotFound, otherOfficial.StatusCode);
    }

    [Fact]
    public async Task OfficialWithoutTheRole_CannotChange_AndTheRefusalIsAudited()
    {
        var official = await fixture.SignedInAsync(SeoulOfficial);
        var budget = await DepartmentIdAsync(Host, "6110000", "BUDGET");

        using var refused = await PostAsync(official, $"/officials/org/departments/{budget}", $"/officials/org/departments/{budget}?handler=Rename",
            new() { ["Rename.Names[ko]"] = "예산담당관", ["Rename.Names[en]"] = "Budget Office", ["Rename.Names[ja]"] = "予算担当官" });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("예산과", (await ReadAsync(Host, db => db.Departments.SingleAsync(d => d.Id == budget, Ct))).Names["ko"]);
        Assert.Contains(await AuditedAsync(Host, "org.change.refused"), e => e.Subject == $"department:{budget}");
    }

    [Fact]
    public async Task AnotherAgencysAdmin_FindsNothingToChange_AndTheAttemptIsAudited()
    {
        var admin = await fixture.SignedInAsync(MoisAdmin);
        var budget = await DepartmentIdAsync(Host, "6110000", "BUDGET");

        using var refused = await PostAsync(admin, "/officials/org", $"/officials/org/departments/{budget}?handler=Rename",
            new() { ["Rename.Names[ko]"] = "X", ["Rename.Names[en]"] = "X", ["Rename.Names[ja]"] = "X" });
        using var leave = await PostAsync(admin, "/officials/org", $"/officials/org/officials/{DivisionHead}?handler=Leave",
            new() { ["Leave.From"] = "2030-01-01", ["Leave.To"] = "2030-01-02", ["Leave.Deputy"] = MoisAdmin });

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (refused.StatusCode, leave.StatusCode));
        Assert.Equal("예산과", (await ReadAsync(Host, db => db.Departments.SingleAsync(d => d.Id == budget, Ct))).Names["ko"]);
        var audited = await AuditedAsync(Host, "org.change.refused");
        Assert.Contains(audited, e => e.Subject == $"department:{budget}");
        Assert.Contains(audited, e => e.Subject == $"official:{DivisionHead}");
    }

    [Fact]
    public async Task OrgAdmin_RecordsALeaveWithADeputy_TheChartAndTheDirectoryShowTheStandIn_UntilTheLeaveEnds()
    {
        var admin = await fixture.SignedInAsync(SeoulAdmin);
        var today = Today();

        using var record = await admin.GetAsync($"/officials/org/officials/{DivisionHead}");
        using var recorded = await admin.SubmitAsync(record, new Dictionary<string, string>
        {
            ["Leave.From"] = Iso(today), ["Leave.To"] = Iso(today.AddDays(3)), ["Leave.Deputy"] = TeamLeader,
        }, which: f => f.Action.Contains("handler=Leave", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);

        using var chart = await admin.GetAsync("/officials/org");
        Assert.Contains("정다은 대결", await chart.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var standIn = await AskAsync(d => d.StandInAsync(DivisionHead, today, Ct));
        Assert.Equal((TeamLeader, true, OfficialStatus.OnLeave), (standIn!.Acting.EmployeeNumber, standIn.IsProxy, standIn.For.Status));
        Assert.Contains(await AuditedAsync(Host, "org.leave.record"), e => e.Subject == $"official:{DivisionHead}");

        using var page = await admin.GetAsync($"/officials/org/officials/{DivisionHead}");
        using var ended = await admin.SubmitAsync(page, [], which: f => f.Action.Contains("handler=EndLeave", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.False((await AskAsync(d => d.StandInAsync(DivisionHead, today, Ct)))!.IsProxy);
        var history = await ReadAsync(Host, db => db.History.Where(e => e.OfficialId == db.Officials.Single(o => o.EmployeeNumber == DivisionHead).Id)
            .Select(e => e.Kind.ToString()).ToListAsync(Ct));
        Assert.Equal(["Appointment", "Leave", "Return"], history.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("2030-03-10", "2030-03-09", TeamLeader, "종료일이 시작일보다 빠를 수 없습니다.")]
    [InlineData("2030-03-10", "2030-03-12", DivisionHead, "본인을 대결자로 지정할 수 없습니다.")]
    [InlineData("2030-03-10", "2030-03-12", MoisAdmin, "소속 기관의 재직 중인 직원을 대결자로 고르세요.")]
    public async Task BadLeave_IsRefusedReadably_AndNothingIsWritten(string from, string to, string deputy, string message)
    {
        var admin = await fixture.SignedInAsync(SeoulAdmin);
        var before = await ReadAsync(Host, db => db.Leaves.CountAsync(Ct));

        using var page = await admin.GetAsync($"/officials/org/officials/{DivisionHead}");
        using var refused = await admin.SubmitAsync(page, new Dictionary<string, string> { ["Leave.From"] = from, ["Leave.To"] = to, ["Leave.Deputy"] = deputy },
            which: f => f.Action.Contains("handler=Leave", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(message, await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(before, await ReadAsync(Host, db => db.Leaves.CountAsync(Ct)));
    }

    [Fact]
    public async Task MovingADepartmentUnderItsOwnChild_OrReusingACode_OrAnotherAgencysDepartment_IsRefused()
    {
        var admin = await fixture.SignedInAsync(SeoulAdmin);
        var welfare = await DepartmentIdAsync(Host, "6110000", "WELFARE");
        var policy = await DepartmentIdAsync(Host, "6110000", "WELFARE-POLICY");
        var page = $"/officials/org/departments/{welfare}";

        using var underChild = await PostAsync(admin, page, $"{page}?handler=Move", new() { ["Move.Parent"] = policy.ToString() });
        using var duplicate = await PostAsync(admin, page, $"{page}?handler=Add",
            new() { ["Add.Code"] = "budget", ["Add.Names[ko]"] = "가", ["Add.Names[en]"] = "A", ["Add.Names[ja]"] = "ア", ["Add.HeadPost"] = "division-head" });
        using var foreign = await PostAsync(admin, page, $"{page}?handler=Move",
            new() { ["Move.Parent"] = (await DepartmentIdAsync(Host, "1741000", "MOIS")).ToString() });

        Assert.Contains("하위 부서 아래로 옮길 수 없습니다", await underChild.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("같은 코드를 쓰는 부서가 기관에 이미 있습니다.", await duplicate.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("소속 기관의 부서를 고르세요.", await foreign.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(await DepartmentIdAsync(Host, "6110000", "SEOUL"), (await ReadAsync(Host, db => db.Departments.SingleAsync(d => d.Id == welfare, Ct))).ParentId);
        Assert.Equal(1, await ReadAsync(Host, db => db.Departments.CountAsync(d => d.AgencyCode == "6110000" && d.Code == "BUDGET", Ct)));
    }

    [Fact]
    public async Task OrgAdmin_AddsADepartment_AppointsTransfersAndRecordsDeparture_EachInTheHistory()
    {
        var admin = await fixture.SignedInAsync(SeoulAdmin);
        var generalAffairs = await DepartmentIdAsync(Host, "6110000", "GENERAL-AFFAIRS");
        var page = $"/officials/org/departments/{generalAffairs}";

        using var added = await PostAsync(admin, page, $"{page}?handler=Add",
            new() { ["Add.Code"] = "records", ["Add.Names[ko]"] = "기록관리팀", ["Add.Names[en]"] = "Records Team", ["Add.Names[ja]"] = "記録管理チーム", ["Add.HeadPost"] = "team-leader" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var records = await DepartmentIdAsync(Host, "6110000", "RECORDS");
        Assert.Equal(generalAffairs, (await ReadAsync(Host, db => db.Departments.SingleAsync(d => d.Id == records, Ct))).ParentId);

        using var appointed = await PostAsync(admin, $"/officials/org/departments/{records}", $"/officials/org/departments/{records}?handler=Appoint",
            new() { ["Appoint.EmployeeNumber"] = "SEOUL-2026-9001", ["Appoint.Name"] = "배수아", ["Appoint.Post"] = "team-leader", ["Appoint.Grade"] = "grade-6", ["Appoint.On"] = "2026-12-01" });
        Assert.Equal(HttpStatusCode.Redirect, appointed.StatusCode);
        var card = await AskAsync(d => d.FindOfficialAsync("SEOUL-2026-9001", Ct));
        Assert.Equal((records, true), (card!.DepartmentId, card.IsHead));

        var official = "/officials/org/officials/SEOUL-2026-9001";
        using var transferred = await PostAsync(admin, official, $"{official}?handler=Transfer",
            new() { ["Transfer.Department"] = generalAffairs.ToString(), ["Transfer.Post"] = "staff", ["Transfer.Grade"] = "grade-6", ["Transfer.On"] = "2026-12-02" });
        using var departed = await PostAsync(admin, official, $"{official}?handler=Depart", new() { ["Depart.On"] = "2026-12-03" });
        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (transferred.StatusCode, departed.StatusCode));

        Assert.Equal(OfficialStatus.Departed, (await AskAsync(d => d.FindOfficialAsync("SEOUL-2026-9001", Ct)))!.Status);
        using var history = await admin.GetAsync(official);
        var html = await history.Content.ReadAsStringAsync(Ct);
        Assert.Contains("임용", html, StringComparison.Ordinal);
        Assert.Contains("전보", html, StringComparison.Ordinal);
        Assert.Contains("퇴직", html, StringComparison.Ordinal);
        Assert.Equal(3, await ReadAsync(Host, db => db.History.CountAsync(e => e.OfficialId == db.Officials.Single(o => o.EmployeeNumber == "SEOUL-2026-9001").Id, Ct)));
        Assert.Contains(await AuditedAsync(Host, "org.official.depart"), e => e.Subject == "official:SEOUL-2026-9001");
    }

    [Fact]
    public async Task OrgAdmin_EditsTheDelegationTable_AndFinalAuthorityFollowsIt()
    {
        var admin = await fixture.SignedInAsync(SeoulAdmin);
        var policy = await DepartmentIdAsync(Host, "6110000", "WELFARE-POLICY");
        const string Page = "/officials/org/delegation";

        using var overlapping = await PostAsync(admin, Page, $"{Page}?handler=Add",
            new() { ["Add.DocumentType"] = "expenditure", ["Add.Min"] = "5000000", ["Add.Max"] = "20000000", ["Add.Post"] = "team-leader" });
        Assert.Contains("같은 종류의 다른 항목이", await overlapping.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        // The regulation row is the default table's fifth type; removing it leaves regulations to the head of the agency.
        using var removed = await PostAsync(admin, Page, $"{Page}?handler=Remove&position=8", []);
        using var added = await PostAsync(admin, Page, $"{Page}?handler=Add",
            new() { ["Add.DocumentType"] = "regulation", ["Add.Post"] = "bureau-head", ["Add.Subject[ko]"] = "내부 지침" });
        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (removed.StatusCode, added.StatusCode));

        var authority = await AskAsync(d => d.FinalAuthorityAsync(new FinalAuthorityQuery(policy, "regulation", null), Ct));
        Assert.Equal(("bureau-head", "SEOUL-2001-0150", true), (authority.PostCode, authority.Approver?.EmployeeNumber, authority.IsDelegated));
        Assert.Equal("자치법규·규정(금액 무관): 국장 — 내부 지침", authority.Rule);
        Assert.Equal(10, await ReadAsync(Host, db => db.DelegationRows.CountAsync(r => r.AgencyCode == "6110000", Ct)));
        Assert.Equal(2, (await AuditedAsync(Host, "org.delegation.add")).Count + (await AuditedAsync(Host, "org.delegation.remove")).Count);
    }

    [Fact]
    public async Task Anonymous_IsSentToSignIn()
    {
        using var client = Host.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/officials/org", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private DateOnly Today() => Host.Services.GetRequiredService<CountryPack>().Today(Host.Services.GetRequiredService<TimeProvider>());

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<T> AskAsync<T>(Func<IOrgDirectory, Task<T>> question)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await question(scope.ServiceProvider.GetRequiredService<IOrgDirectory>());
    }
}
