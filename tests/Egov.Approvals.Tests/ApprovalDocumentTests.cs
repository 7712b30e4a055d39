using Egov.Approvals.Domain;

namespace Egov.Approvals.Tests;

/// <summary>The rules of the approval line, on the document alone: no host, no database, no directory.</summary>
public sealed class ApprovalDocumentTests
{
    private static readonly DateTime At = new(2026, 3, 9, 1, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Welfare = Guid.NewGuid();
    private static readonly Guid Budget = Guid.NewGuid();
    private static readonly Guid Seniors = Guid.NewGuid();
    private static readonly Official Drafter = new("D-1", "윤미래");
    private static readonly Official Head = new("H-1", "오준서");
    private static readonly Official BudgetHead = new("B-1", "예산과장");
    private static readonly Official SeniorsHead = new("S-1", "노인복지과장");
    private static readonly Official Director = new("X-1", "복지실장");
    private static readonly Official Reader = new("C-1", "참조자");
    private static readonly DocumentBody Body = new("경로당 냉방비 지원", "내용", ["예산 내역서"]);

    private static ApprovalDocument Submitted(bool parallel = true)
    {
        var line = ApprovalLine.Propose(
            [(Head, Welfare)], [(BudgetHead, Budget), (SeniorsHead, Seniors)], parallel, (Director, Welfare, true), [(Reader, Welfare)]);
        var heading = new DocumentHeading("6110000", Welfare, "expenditure", 113_560m, "budget-accounting", "years-5", "", [], "", false);
        var document = ApprovalDocument.Draft(heading, Body, Drafter, line, "expenditure up to 5,000,000: director", At);
        Assert.Null(document.Submit(Drafter, At));
        return document;
    }

    private static ApprovalStep Step(ApprovalDocument d, Official o) => d.CurrentLine.Single(s => s.AssigneeNumber == o.Number);

    [Fact]
    public void Submit_OpensTheFirstReviewerOnly()
    {
        var document = Submitted();

        Assert.Equal(DocumentStatus.InProgress, document.Status);
        Assert.Equal(StepState.Pending, Step(document, Head).State);
        Assert.All(document.CurrentLine.Where(s => s.AssigneeNumber != Head.Number && s.Kind != StepKind.Copy), s => Assert.Equal(StepState.Waiting, s.State));
        Assert.Equal(StepState.Informed, Step(document, Reader).State);
    }

    [Fact]
    public void ParallelCoApproval_OpensTheGroupAtOnce_AndTheFinalOnlyWhenAllAgreed()
    {
        var document = Submitted(parallel: true);
        Assert.Null(document.Approve(Step(document, Head).Id, Head, false, null, At));

        Assert.Equal(StepState.Pending, Step(document, BudgetHead).State);
        Assert.Equal(StepState.Pending, Step(document, SeniorsHead).State);
        Assert.Null(document.Approve(Step(document, BudgetHead).Id, BudgetHead, false, "이견 없음", At));
        Assert.Equal(StepState.Waiting, Step(document, Director).State);
        Assert.Null(document.Approve(Step(document, SeniorsHead).Id, SeniorsHead, false, null, At));
        Assert.Equal(StepState.Pending, Step(document, Director).State);
        Assert.Null(document.Approve(Step(document, Director).Id, Director, false, null, At));

        Assert.Equal(DocumentStatus.Approved, document.Status);
        Assert.True(document.FinalStep!.IsDelegated);
    }

    [Fact]
    public void SequentialCoApproval_OpensOneDepartmentAfterAnother()
    {
        var document = Submitted(parallel: false);
        document.Approve(Step(document, Head).Id, Head, false, null, At);

        Assert.Equal(StepState.Pending, Step(document, BudgetHead).State);
        Assert.Equal(StepState.Waiting, Step(document, SeniorsHead).State);
    }

    [Fact]
    public void CoApprovalRefusal_StopsTheLine_AndReturnsTheDocumentToTheDrafter()
    {
        var document = Submitted();
        document.Approve(Step(document, Head).Id, Head, false, null, At);

        Assert.Equal(ApprovalRefusal.OpinionRequired, document.Return(Step(document, BudgetHead).Id, BudgetHead, false, " ", At));
        Assert.Null(document.Return(Step(document, BudgetHead).Id, BudgetHead, false, "예산 과목이 맞지 않습니다", At));

        Assert.Equal(DocumentStatus.Returned, document.Status);
        Assert.Equal(StepState.Stopped, Step(document, SeniorsHead).State);
        Assert.Equal(StepState.Stopped, Step(document, Director).State);
        Assert.Equal(ApprovalRefusal.StepNotOpen, document.Approve(Step(document, SeniorsHead).Id, SeniorsHead, false, null, At));
        Assert.Equal(ApprovalRefusal.StepNotOpen, document.Approve(Step(document, Director).Id, Director, false, null, At));
    }

    [Fact]
    public void Withdraw_ByTheDrafterBeforeTheNextStepActed_Succeeds()
    {
        var document = Submitted();

        Assert.Equal(ApprovalRefusal.NotDrafter, document.Withdraw(Head, At));
        Assert.Null(document.Withdraw(Drafter, At));
        Assert.Equal(DocumentStatus.Withdrawn, document.Status);
        Assert.Equal(StepState.Stopped, Step(document, Head).State);
    }

    [Fact]
    public void Withdraw_AfterTheNextStepActed_IsRefused()
    {
        var document = Submitted();
        document.Approve(Step(document, Head).Id, Head, false, null, At);

        Assert.Equal(ApprovalRefusal.AlreadyActed, document.Withdraw(Drafter, At));
        Assert.Equal(DocumentStatus.InProgress, document.Status);
    }

    [Fact]
    public void Withdraw_AfterAHold_IsRefused()
    {
        var document = Submitted();
        Assert.Null(document.Hold(Step(document, Head).Id, Head, false, "검토 중", At));

        Assert.Equal(ApprovalRefusal.AlreadyActed, document.Withdraw(Drafter, At));
    }

    [Fact]
    public void Hold_KeepsTheStepWithItsApprover_WhoMayStillApprove()
    {
        var document = Submitted();
        var head = Step(document, Head);
        Assert.Null(document.Hold(head.Id, Head, false, null, At));
        Assert.Equal(StepState.Held, head.State);
        Assert.Equal(ApprovalRefusal.StepNotOpen, document.Hold(head.Id, Head, false, null, At));

        Assert.Null(document.Approve(head.Id, Head, false, null, At));
        Assert.Equal(StepState.Approved, head.State);
    }

    [Fact]
    public void ReturnedAndResubmitted_KeepsEveryRevisionStepAndOpinion()
    {
        var document = Submitted();
        document.Approve(Step(document, Head).Id, Head, false, "좋습니다", At);
        document.Return(Step(document, BudgetHead).Id, BudgetHead, false, "금액 근거를 붙이세요", At);
        var revised = Body with { Content = "근거를 붙인 내용", Attachments = ["예산 내역서", "산출 근거"] };

        Assert.Equal(ApprovalRefusal.NotDrafter, document.Resubmit(Head, revised, At));
        Assert.Null(document.Resubmit(Drafter, revised, At));

        Assert.Equal(DocumentStatus.InProgress, document.Status);
        Assert.Equal(2, document.Round);
        Assert.Equal([1, 2], document.Revisions.Select(r => r.Number));
        Assert.Equal("내용", document.Revisions[0].Body.Content);
        Assert.Equal(2, document.Latest.Body.Attachments.Count);
        Assert.Equal(StepState.Pending, Step(document, Head).State);
        Assert.Equal(StepState.Returned, document.Steps.Single(s => s.Round == 1 && s.AssigneeNumber == BudgetHead.Number).State);
        Assert.Contains(document.Entries, e => e.Opinion == "금액 근거를 붙이세요" && e.Action == DocumentAction.Returned && e.Round == 1);
        Assert.Contains(document.Entries, e => e.Opinion == "좋습니다" && e.Round == 1);
        Assert.Equal(DocumentAction.Resubmitted, document.Entries[^1].Action);
        Assert.Equal(Enumerable.Range(1, document.Entries.Count), document.Entries.Select(e => e.Sequence));
    }

    [Fact]
    public void Proxy_ActsForTheAssignee_AndIsRecorded()
    {
        var document = Submitted();
        var deputy = new Official("P-1", "대결자");

        Assert.Equal(ApprovalRefusal.NotAssignee, document.Approve(Step(document, Head).Id, deputy, false, null, At));
        Assert.Null(document.Approve(Step(document, Head).Id, deputy, true, null, At));

        var step = document.Steps.Single(s => s.AssigneeNumber == Head.Number);
        Assert.True(step.IsProxy);
        Assert.Equal(deputy.Number, step.ActedByNumber);
        Assert.Equal(Head.Number, document.Entries[^1].ForNumber);
    }

    [Fact]
    public void AnApproverOfALaterStep_CannotActBeforeTheirTurn()
    {
        var document = Submitted();

        Assert.Equal(ApprovalRefusal.StepNotOpen, document.Approve(Step(document, Director).Id, Director, false, null, At));
    }

    [Fact]
    public void AssignNumber_OnlyOnceAndOnlyWhenApproved()
    {
        var document = Submitted();
        Assert.Throws<InvalidOperationException>(() => document.AssignNumber("6110000-2020-2026-000001", 1, new DateOnly(2026, 3, 9)));
        foreach (var official in new[] { Head, BudgetHead, SeniorsHead, Director })
        {
            document.Approve(Step(document, official).Id, official, false, null, At);
        }

        document.AssignNumber("6110000-2020-2026-000001", 1, new DateOnly(2026, 3, 9));
        Assert.Throws<InvalidOperationException>(() => document.AssignNumber("6110000-2020-2026-000002", 2, new DateOnly(2026, 3, 9)));
    }

    [Fact]
    public void Line_WithoutAFinalApprover_OrWithTheDrafter_OrTwice_IsInvalid()
    {
        var review = new LineStep(StepKind.Review, 1, Head, Welfare);
        var final = new LineStep(StepKind.Final, 2, Director, Welfare);

        Assert.True(ApprovalLine.IsValid([review, final], Drafter));
        Assert.False(ApprovalLine.IsValid([review], Drafter));
        Assert.False(ApprovalLine.IsValid([review, final, new LineStep(StepKind.Final, 3, BudgetHead, Budget)], Drafter));
        Assert.False(ApprovalLine.IsValid([review with { Order = 3 }, final], Drafter));
        Assert.False(ApprovalLine.IsValid([review with { Assignee = Drafter }, final], Drafter));
        Assert.False(ApprovalLine.IsValid([review, final, new LineStep(StepKind.CoApproval, 1, Head, Budget)], Drafter));
    }
}
