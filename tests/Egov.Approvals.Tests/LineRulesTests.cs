using Egov.Approvals.Documents;
using Egov.Approvals.Domain;
using Egov.Approvals.Drafting;
using Egov.Approvals.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Approvals.Tests;

/// <summary>
/// The rules through the real host and the demo organisation: the line from the delegation table (전결 by type and
/// amount), a co-approval's refusal, withdrawal, resubmission, proxy approval while on leave (대결).
/// </summary>
public sealed class LineRulesTests(ApprovalsHost host) : IClassFixture<ApprovalsHost>
{
    [Fact]
    public async Task SmallExpenditure_IsApprovedByTheDivisionHead_AsDelegated()
    {
        var document = await host.DraftAsync("expenditure", 113_560m);

        var final = document.FinalStep!;
        Assert.Equal(ApprovalsHost.WelfarePolicyHead, final.AssigneeNumber);
        Assert.True(final.IsDelegated);
        Assert.NotEmpty(document.AuthorityRule);
    }

    [Fact]
    public async Task LargeExpenditure_GoesAboveTheDivision_WithTheHeadReviewing()
    {
        var document = await host.DraftAsync("expenditure", 50_000_000m);

        Assert.NotEqual(ApprovalsHost.WelfarePolicyHead, document.FinalStep!.AssigneeNumber);
        Assert.Contains(document.CurrentLine, s => s.Kind == StepKind.Review && s.AssigneeNumber == ApprovalsHost.WelfarePolicyHead);
        Assert.True(document.FinalStep.IsDelegated);
    }

    [Fact]
    public async Task Personnel_IsApprovedByTheAgencyHead_NotDelegated()
    {
        var document = await host.DraftAsync("personnel", null);

        Assert.Equal(ApprovalsHost.AgencyHead, document.FinalStep!.AssigneeNumber);
        Assert.False(document.FinalStep.IsDelegated);
    }

    [Fact]
    public async Task CoApprovalReturn_StopsTheLine_AndTheFinalApproverCannotAct()
    {
        var budget = await host.DepartmentIdAsync("BUDGET");
        var document = await host.DraftAsync("expenditure", 200_000m, new LineChoices([budget], true, []));
        Assert.Equal(StepKind.CoApproval, document.CurrentLine.First(s => s.IsOpen).Kind);

        Assert.Equal(ActionStatus.Done, (await host.DecideAsync(document.Id, ApprovalsHost.BudgetHead, Decision.Return, "예산 과목이 다릅니다")).Status);

        var returned = await host.DocumentAsync(document.Id);
        Assert.Equal(DocumentStatus.Returned, returned.Status);
        Assert.Equal(StepState.Stopped, returned.FinalStep!.State);
        var final = await host.DecideAsync(document.Id, ApprovalsHost.WelfarePolicyHead, Decision.Approve);
        Assert.Equal((ActionStatus.Refused, ApprovalRefusal.StepNotOpen), (final.Status, final.Refusal));
    }

    [Fact]
    public async Task Withdraw_OnlyBeforeTheNextStepActed()
    {
        var early = await host.DraftAsync("general", null);
        var late = await host.DraftAsync("expenditure", 10_000m, new LineChoices([await host.DepartmentIdAsync("BUDGET")], true, []));
        await host.DecideAsync(late.Id, ApprovalsHost.BudgetHead, Decision.Approve);
        var drafter = new Official(ApprovalsHost.Drafter, "윤미래");

        await using var scope = host.Factory.Services.CreateAsyncScope();
        var actions = scope.ServiceProvider.GetRequiredService<ApprovalActions>();
        Assert.Equal(ActionStatus.Done, (await actions.WithdrawAsync(early.Id, drafter, TestContext.Current.CancellationToken)).Status);
        var refused = await actions.WithdrawAsync(late.Id, drafter, TestContext.Current.CancellationToken);
        Assert.Equal((ActionStatus.Refused, ApprovalRefusal.AlreadyActed), (refused.Status, refused.Refusal));
        var stranger = await actions.WithdrawAsync(late.Id, new Official(ApprovalsHost.WelfarePolicyHead, "오준서"), TestContext.Current.CancellationToken);
        Assert.Equal(ActionStatus.Forbidden, stranger.Status);
    }

    [Fact]
    public async Task ReturnedDocument_RevisedAndResubmitted_KeepsItsHistory_AndIsApproved()
    {
        var document = await host.DraftAsync("general", null);
        await host.DecideAsync(document.Id, ApprovalsHost.WelfarePolicyHead, Decision.Return, "붙임을 보완하세요");
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var body = new DocumentBody("경로당 냉방비 지원 계획(보완)", "보완한 내용", ["예산 내역서", "경로당 명단"]);
            var resubmitted = await scope.ServiceProvider.GetRequiredService<ApprovalActions>()
                .ResubmitAsync(document.Id, new Official(ApprovalsHost.Drafter, "윤미래"), body, TestContext.Current.CancellationToken);
            Assert.Equal(ActionStatus.Done, resubmitted.Status);
        }

        Assert.Equal(ActionStatus.Done, (await host.DecideAsync(document.Id, ApprovalsHost.WelfarePolicyHead, Decision.Approve)).Status);

        var approved = await host.DocumentAsync(document.Id);
        Assert.Equal(DocumentStatus.Approved, approved.Status);
        Assert.Equal([1, 2], approved.Revisions.Select(r => r.Number).Order());
        Assert.Equal("보완한 내용", approved.Latest.Body.Content);
        Assert.Contains(approved.Entries, e => e.Action == DocumentAction.Returned && e.Opinion == "붙임을 보완하세요" && e.Round == 1);
        Assert.Contains(approved.Steps, s => s.Round == 1 && s.State == StepState.Returned);
        Assert.NotNull(approved.Number);
    }

    [Fact]
    public async Task ApproverOnLeave_TheDeputyApproves_MarkedAsProxy_AndTheAbsentApproverIsTold()
    {
        var document = await host.DraftAsync("general", null, drafter: ApprovalsHost.GeneralAffairsStaff);
        Assert.Equal(ApprovalsHost.GeneralAffairsHead, document.FinalStep!.AssigneeNumber);
        await host.LeaveAsync(ApprovalsHost.GeneralAffairsHead, ApprovalsHost.GeneralAffairsTeamLeader);

        var byDeputy = await host.DecideAsync(document.Id, ApprovalsHost.GeneralAffairsTeamLeader, Decision.Approve, assignee: ApprovalsHost.GeneralAffairsHead);

        Assert.Equal(ActionStatus.Done, byDeputy.Status);
        var approved = await host.DocumentAsync(document.Id);
        Assert.True(approved.FinalStep!.IsProxy);
        Assert.Equal(ApprovalsHost.GeneralAffairsTeamLeader, approved.FinalStep.ActedByNumber);
        Assert.Equal(DocumentStatus.Approved, approved.Status);
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var notices = await scope.ServiceProvider.GetRequiredService<Inbox.InboxQueries>().NoticesAsync(ApprovalsHost.GeneralAffairsHead, TestContext.Current.CancellationToken);
        Assert.Contains(notices, n => n.DocumentId == document.Id && n.Action == DocumentAction.Approved);
    }
}
