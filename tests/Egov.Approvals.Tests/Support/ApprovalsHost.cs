using System.Net;
using Egov.Approvals.Data;
using Egov.Approvals.Documents;
using Egov.Approvals.Domain;
using Egov.Approvals.Drafting;
using Egov.Platform.Persistence;
using Egov.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Approvals.Tests.Support;

/// <summary>
/// The real host over a fresh database with the demo accounts and the demo organisation of Seoul (6110000):
/// 윤미래 drafts in 복지정책과 headed by 오준서; 예산과 is headed by 강지혜; 총무과 (another department) by 한지민, with
/// 문서진 (team leader) and 송하늘 (staff).
/// </summary>
public class ApprovalsHost : IAsyncLifetime
{
    public const string Drafter = "SEOUL-2020-3310";
    public const string WelfarePolicyHead = "SEOUL-2011-2087";
    public const string TeamLeader = "SEOUL-2016-2254";
    public const string BudgetHead = "SEOUL-2009-1123";
    public const string GeneralAffairsHead = "SEOUL-2008-0921";
    public const string GeneralAffairsTeamLeader = "SEOUL-2012-1506";
    public const string GeneralAffairsStaff = "SEOUL-2018-1740";
    public const string AgencyHead = "SEOUL-1998-0001";
    public const string DemoPassword = "enjoy-egov-demo";

    private TestDatabase? database;

    public EgovHostFactory Factory { get; private set; } = null!;

    /// <summary>The PostgreSQL connection pool's settings (Npgsql connection-string keywords).</summary>
    protected virtual string PostgresPool => "Maximum Pool Size=20";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(Ct);
        // The real clock: the officials' authenticator codes are computed from it.
        var settings = new Dictionary<string, string?> { ["Identity:SeedDemoAccounts"] = "true" };
        if (TestProvider.Current.Provider == DatabaseProvider.Postgres)
        {
            // A bounded pool, as a production host has: the 100 concurrent approvals of the numbering test queue for
            // connections instead of exhausting the shared test server's (other test hosts run beside this one).
            settings["ConnectionStrings:Egov"] = database.Configuration["ConnectionStrings:Egov"] + ";" + PostgresPool;
        }

        Factory = new EgovHostFactory(database, settings);
        _ = Factory.Server;
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await database!.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>A demo official signed in and stepped up to AAL2 on the approvals inbox.</summary>
    public async Task<PersonAtTheBrowser> OfficialAsync(string employeeNumber)
    {
        var official = new PersonAtTheBrowser(Factory);
        using (var signedIn = await official.SignInAsync(employeeNumber, DemoPassword))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }

        await DemoOfficials.StepUpAsync(official, "/officials/approvals");
        return official;
    }

    /// <summary>A draft written through the service (the pages have their own tests), submitted when asked.</summary>
    internal async Task<ApprovalDocument> DraftAsync(string type, decimal? amount, LineChoices? choices = null, bool submit = true, string drafter = Drafter)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var input = new DraftInput(type, amount, null, null, "경로당 냉방비 지원 계획", "1. 목적\n2. 내용", ["예산 내역서"], "", "", false, choices ?? LineChoices.None);
        var result = await scope.ServiceProvider.GetRequiredService<DraftService>().CreateAsync(drafter, input, submit, null, Ct);
        Assert.True(result.Document is not null, string.Join(", ", result.Errors.Select(e => $"{e.Key}: {e.Value}")));
        return result.Document!;
    }

    /// <summary>A draft of 윤미래's submitted through the service, then approved by each step of its line in turn.</summary>
    internal async Task<ApprovalDocument> ApprovedAsync(DraftInput input)
    {
        Guid id;
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<DraftService>().CreateAsync(Drafter, input, true, null, Ct);
            Assert.True(result.Document is not null, string.Join(", ", result.Errors.Select(e => $"{e.Key}: {e.Value}")));
            id = result.Document!.Id;
        }

        return await ApproveRestAsync(id);
    }

    /// <summary>Each open step of the document's line approves in turn until the document is approved.</summary>
    internal async Task<ApprovalDocument> ApproveRestAsync(Guid id)
    {
        for (var document = await DocumentAsync(id); document.Status == DocumentStatus.InProgress; document = await DocumentAsync(id))
        {
            foreach (var step in document.CurrentLine.Where(s => s.IsOpen))
            {
                Assert.Equal(ActionStatus.Done, (await DecideAsync(id, step.AssigneeNumber, Decision.Approve)).Status);
            }
        }

        return await DocumentAsync(id);
    }

    internal async Task<ApprovalDocument> DocumentAsync(Guid id)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<DocumentStore>().FindAsync(id, Ct))!;
    }

    internal async Task<ActionOutcome> DecideAsync(Guid documentId, string official, Decision decision, string? opinion = null, string? assignee = null)
    {
        var document = await DocumentAsync(documentId);
        var step = document.CurrentLine.Single(s => s.AssigneeNumber == (assignee ?? official));
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ApprovalActions>()
            .DecideAsync(documentId, step.Id, decision, new Official(official, official), opinion, Ct);
    }

    public async Task<Guid> DepartmentIdAsync(string code)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var org = scope.ServiceProvider.GetRequiredService<Egov.Org.Contracts.IOrgDirectory>();
        return (await org.DepartmentsAsync("6110000", Ct)).Single(d => d.Code == code).Id;
    }

    /// <summary>
    /// Puts an official on leave today with a deputy. The Org module has no contract for recording leave (its pages
    /// do it), so the test writes the leave row as those pages would.
    /// </summary>
    public async Task LeaveAsync(string employeeNumber, string deputyNumber)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>();
        var sqlite = TestProvider.Current.Provider == DatabaseProvider.Sqlite;
        var (leaves, officials) = sqlite ? ("\"org_leaves\"", "\"org_officials\"") : ("\"org\".\"leaves\"", "\"org\".\"officials\"");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var sql = $$"""
            INSERT INTO {{leaves}} ("id", "official_id", "from", "to", "deputy_id", "recorded_at")
            SELECT {0}, o."id", {1}, {2}, d."id", {3} FROM {{officials}} o, {{officials}} d
            WHERE o."employee_number" = {4} AND d."employee_number" = {5}
            """;
        var rows = await db.Database.ExecuteSqlRawAsync(sql,
            [Guid.NewGuid(), today.AddDays(-1), today.AddDays(7), DateTime.UtcNow, employeeNumber, deputyNumber], Ct);
        Assert.Equal(1, rows);
    }

    /// <summary>The audit entries with this action on the document.</summary>
    public async Task<int> AuditCountAsync(string action, Guid documentId)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var platform = scope.ServiceProvider.GetRequiredService<Egov.Platform.Data.PlatformDbContext>();
        return await platform.AuditEntries.CountAsync(e => e.Action == action && e.Subject == ApprovalActions.DocumentReference(documentId), Ct);
    }
}
