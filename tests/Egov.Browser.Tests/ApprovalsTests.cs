using Egov.Approvals.Documents;
using Egov.Approvals.Domain;
using Egov.Approvals.Drafting;
using Egov.Identity.Domain;
using Egov.Org.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Egov.Browser.Tests;

/// <summary>
/// E-approval on a phone (390 px): 윤미래 drafts a 50,000,000원 expenditure with 예산과 co-approving; her division head
/// reviews, the budget head agrees, and the approver the delegation table names gives the final approval (전결); the
/// card then shows the number and every step. A document to 보건복지부 is then handed out by that ministry's records
/// officer and registered by the department, and a public one is read by anyone with the officials' names. Each
/// official signs in with their own account at AAL2.
/// </summary>
public sealed class ApprovalsTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Drafter = "SEOUL-2020-3310";
    private const string DivisionHead = "SEOUL-2011-2087";
    private const string BudgetHead = "SEOUL-2009-1123";

    private const string MohwRecordsOfficer = "MOHW-2018-0522";
    private const string MohwChildPolicy = "MOHW-2015-0733";

    // The dispatch journey's drafter, in 총무과.
    private const string GeneralAffairsDrafter = "SEOUL-2018-1740";

    private async Task ActAsAsync(string employeeNumber, string name, params string[] roles)
    {
        await ForgetSessionAsync();
        await CreateAccountAsync(employeeNumber, name, AccountKind.Official, ["official", .. roles]);
        await SignInWithPasswordAsync(employeeNumber);
        await Page.GotoAsync("/officials/approvals");
        await StepUpWithAuthenticatorAppAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "전자결재", Level = 1 })).ToBeVisibleAsync();
    }

    private async Task DecideAsync(string title, string button)
    {
        await Page.GetByRole(AriaRole.Link, new() { Name = title }).First.ClickAsync();
        await Page.GetByLabel("의견").FillAsync("이견 없습니다.");
        await Page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "처리 이력" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Draft_Review_CoApprove_Approve_OnAPhone()
    {
        const string title = "어르신 냉방비 지원 사업비 집행";
        await Page.SetViewportSizeAsync(390, 900);
        FinalAuthority authority;
        using (var scope = Fixture.Host.Services.CreateScope())
        {
            var org = scope.ServiceProvider.GetRequiredService<IOrgDirectory>();
            var drafter = (await org.FindOfficialAsync(Drafter, TestContext.Current.CancellationToken))!;
            authority = await org.FinalAuthorityAsync(new FinalAuthorityQuery(drafter.DepartmentId, "expenditure", 50_000_000m), TestContext.Current.CancellationToken);
        }

        await ActAsAsync(Drafter, "윤미래");
        await Page.GetByRole(AriaRole.Link, new() { Name = "기안하기" }).ClickAsync();
        await Page.GetByLabel("문서 유형").SelectOptionAsync("expenditure");
        await Page.GetByLabel("금액").FillAsync("50000000");
        await Page.GetByLabel("제목").FillAsync(title);
        await Page.GetByLabel("내용").FillAsync("1. 목적: 폭염기 어르신 냉방비 지원\n2. 소요 예산: 50,000,000원");
        // KRDS draws the box on the label, which takes the click.
        await Page.Locator("label", new() { HasTextString = "예산과" }).ClickAsync();
        await Expect(Page.GetByLabel("예산과")).ToBeCheckedAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "결재선 보기" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "제안된 결재선" })).ToBeVisibleAsync();
        await AssertNoSeriousAxeViolationsAsync();
        await SaveScreenshotAsync("approvals-draft-390");
        await Page.GetByRole(AriaRole.Button, new() { Name = "상신", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = $"제목 {title}" })).ToBeVisibleAsync();

        await ActAsAsync(DivisionHead, "오준서");
        await SaveScreenshotAsync("approvals-inbox-390");
        await DecideAsync(title, "승인");

        await ActAsAsync(BudgetHead, "강지혜");
        await DecideAsync(title, "협조 동의");

        await ActAsAsync(authority.Approver!.EmployeeNumber, authority.Approver.Name);
        await DecideAsync(title, "승인");

        await Expect(Page.Locator("[data-status]")).ToHaveAttributeAsync("data-status", "Approved");
        await Expect(Page.Locator("[data-number]")).ToContainTextAsync("6110000-2020-");
        await Expect(Page.Locator(".egov-approvals-line")).ToContainTextAsync("전결");
        await AssertNoSeriousAxeViolationsAsync();
        await AssertFitsAsync(Page, "approvals-card");
        Assert.Empty(Fixture.Host.LoggedErrors);
    }

    [Fact]
    public async Task Dispatched_HandedOut_Registered_AndPublished_OnAPhone()
    {
        const string title = "아동 돌봄 공백 해소 협조 요청";
        await Page.SetViewportSizeAsync(390, 900);
        // Drafted and approved through the services (the journey above does it through the pages), so this journey
        // signs in only the receiving ministry's officials: other classes' browser tests sign in 총무과's.
        var document = await ApprovedAsync(new DraftInput("general", null, null, null, title,
            "1. 관련: 아동 돌봄 지원 계획\n2. 협조 사항: 지역아동센터 운영 시간 연장", [], "", "", true, LineChoices.None) { RecipientAgencies = ["1352000"] });

        await ActAsAsync(MohwRecordsOfficer, "권하은", "records-officer");
        await Page.GetByRole(AriaRole.Link, new() { Name = "접수 문서" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Page.GetByLabel("배부할 처리과").SelectOptionAsync(new SelectOptionValue { Label = "아동정책과" });
        await AssertNoSeriousAxeViolationsAsync();
        await SaveScreenshotAsync("approvals-received-390");
        await Page.GetByRole(AriaRole.Button, new() { Name = "배부", Exact = true }).ClickAsync();
        await Expect(Page.Locator("[data-dispatch-status]")).ToHaveAttributeAsync("data-dispatch-status", "Assigned");

        await ActAsAsync(MohwChildPolicy, "서지원");
        await Page.GetByRole(AriaRole.Link, new() { Name = "접수 문서" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "접수", Exact = true }).ClickAsync();
        await Expect(Page.Locator("[data-receipt]")).ToContainTextAsync("CHILD-POLICY-");
        await AssertFitsAsync(Page, "approvals-registered");
        await Page.GotoAsync("/officials/approvals/records?tab=Received");
        await Expect(Page.Locator("[data-record]").First).ToContainTextAsync(title);
        await AssertNoSeriousAxeViolationsAsync();
        await SaveScreenshotAsync("approvals-records-390");

        await ForgetSessionAsync();
        await Page.GotoAsync("/open/approvals");
        await Page.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Expect(Page.Locator("[data-responsible=Draft]")).ToContainTextAsync("송하늘");
        await Expect(Page.Locator("[data-responsible=Final]")).ToContainTextAsync(document.FinalStep!.ActedByName!);
        await AssertNoSeriousAxeViolationsAsync();
        await AssertFitsAsync(Page, "approvals-published");
        await SaveScreenshotAsync("approvals-published-390");
        Assert.Empty(Fixture.Host.LoggedErrors);
    }

    /// <summary>A draft of 총무과's submitted and approved by each step of its line in turn, through the module's services.</summary>
    private async Task<ApprovalDocument> ApprovedAsync(DraftInput input)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var scope = Fixture.Host.Services.CreateScope();
        var drafted = await scope.ServiceProvider.GetRequiredService<DraftService>().CreateAsync(GeneralAffairsDrafter, input, true, null, cancellationToken);
        var store = scope.ServiceProvider.GetRequiredService<DocumentStore>();
        var actions = scope.ServiceProvider.GetRequiredService<ApprovalActions>();
        for (var document = drafted.Document!; document.Status == DocumentStatus.InProgress; document = (await store.FindAsync(document.Id, cancellationToken))!)
        {
            foreach (var step in document.CurrentLine.Where(s => s.IsOpen))
            {
                await actions.DecideAsync(document.Id, step.Id, Decision.Approve, new Official(step.AssigneeNumber, step.AssigneeName), null, cancellationToken);
            }
        }

        return (await store.FindAsync(drafted.Document!.Id, cancellationToken))!;
    }
}
