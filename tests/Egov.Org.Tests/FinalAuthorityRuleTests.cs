using Egov.Org.Contracts;
using Egov.Org.Domain;
using Egov.Org.Tests.Support;
using Egov.Platform.Packs;

namespace Egov.Org.Tests;

/// <summary>전결: the delegation table's post for the type and amount, found walking up from the drafting department.</summary>
public sealed class FinalAuthorityRuleTests
{
    private readonly SeoulOrg org = new();

    private static IReadOnlyList<DelegationRule> Table => SeoulOrg.Settings.DefaultDelegation;

    [Fact]
    public void GeneralDocument_IsApprovedByTheDivisionHead_AsDelegated_WithNoReviewers()
    {
        var decision = Decide(org.WelfarePolicy, "general", null, drafter: org.Staff);

        Assert.Equal(("division-head", "DIVISION-HEAD", true), (decision.PostCode, decision.Approver?.EmployeeNumber, decision.IsDelegated));
        Assert.Empty(decision.Reviewers);
        Assert.Equal("general", decision.Row?.DocumentType);
    }

    [Theory]
    [InlineData(9_999_999, "division-head", "DIVISION-HEAD", new string[0])]
    [InlineData(10_000_000, "bureau-head", "OFFICE-HEAD", new[] { "DIVISION-HEAD" })]
    [InlineData(99_999_999, "bureau-head", "OFFICE-HEAD", new[] { "DIVISION-HEAD" })]
    public void Expenditure_GoesUpByAmount_TheOfficeHeadBeingAPeerOfABureauHead(long amount, string post, string approver, string[] reviewers)
    {
        var decision = Decide(org.WelfarePolicy, "expenditure", amount, drafter: org.Staff);

        Assert.Equal((post, approver, true), (decision.PostCode, decision.Approver?.EmployeeNumber, decision.IsDelegated));
        Assert.Equal(reviewers, decision.Reviewers.Select(r => r.EmployeeNumber));
    }

    [Fact]
    public void LargeExpenditure_ForTheDeputyHead_GoesToTheAgencyHead_WhenNoDepartmentIsHeadedByADeputy_AndIsNotDelegated()
    {
        var decision = Decide(org.WelfarePolicy, "expenditure", 100_000_000, drafter: org.Staff);

        Assert.Equal(("deputy-head", "MAYOR", false), (decision.PostCode, decision.Approver?.EmployeeNumber, decision.IsDelegated));
        Assert.Equal(["DIVISION-HEAD", "OFFICE-HEAD"], decision.Reviewers.Select(r => r.EmployeeNumber));
    }

    [Fact]
    public void Personnel_GoesToTheAgencyHead()
    {
        var decision = Decide(org.Budget, "personnel", null, drafter: null);

        Assert.Equal(("agency-head", "MAYOR", false), (decision.PostCode, decision.Approver?.EmployeeNumber, decision.IsDelegated));
        Assert.Equal(["BUREAU-HEAD"], decision.Reviewers.Select(r => r.EmployeeNumber)); // BUDGET's head post is vacant
    }

    [Fact]
    public void DrafterWhoHeadsADepartmentOnTheWay_DoesNotReviewTheirOwnDocument()
    {
        var decision = Decide(org.WelfarePolicy, "contract", 60_000_000, drafter: org.DivisionHead);

        Assert.Equal("OFFICE-HEAD", decision.Approver?.EmployeeNumber);
        Assert.Empty(decision.Reviewers);
    }

    [Fact]
    public void VacantHeadPost_LeavesTheApproverEmpty_ButStillNamesThePost()
    {
        var decision = Decide(org.SeniorWelfare, "general", null, drafter: null);

        Assert.Equal(("division-head", null), (decision.PostCode, decision.Approver));
        Assert.Equal(org.SeniorWelfare.Id, decision.Approving.Id);
    }

    [Fact]
    public void DepartedHead_NoLongerApproves()
    {
        org.DivisionHead.DepartedOn = SeoulOrg.Day;

        Assert.Null(Decide(org.WelfarePolicy, "general", null, drafter: null).Approver);
    }

    [Fact]
    public void TypeWithoutARow_GoesToTheHeadOfTheAgency()
    {
        var decision = Decide(org.WelfarePolicy, "press-release", null, drafter: null);

        Assert.Equal(("agency-head", "MAYOR", null), (decision.PostCode, decision.Approver?.EmployeeNumber, decision.Row));
    }

    [Fact]
    public void HeadOnLeave_IsStillTheApprover_WithTheStatusSaying()
    {
        org.Away(org.DivisionHead, SeoulOrg.Day, SeoulOrg.Day.AddDays(2), org.TeamLeader);

        var approver = Decide(org.WelfarePolicy, "general", null, drafter: null).Approver!;

        Assert.Equal(("DIVISION-HEAD", OfficialStatus.OnLeave, true), (approver.EmployeeNumber, approver.Status, approver.IsHead));
    }

    [Fact]
    public void UnknownDrafting_Department_IsTheCallersError()
    {
        Assert.Throws<ArgumentException>(() =>
            FinalAuthorityRule.Decide(org.Chart(), Table, SeoulOrg.Settings, new FinalAuthorityQuery(Guid.NewGuid(), "general", null)));
    }

    private FinalAuthorityDecision Decide(Department drafting, string type, decimal? amount, Official? drafter) =>
        FinalAuthorityRule.Decide(org.Chart(), Table, SeoulOrg.Settings, new FinalAuthorityQuery(drafting.Id, type, amount) { DrafterEmployeeNumber = drafter?.EmployeeNumber });
}
