using Egov.Org.Contracts;
using Egov.Org.Domain;
using Egov.Org.Tests.Support;

namespace Egov.Org.Tests;

/// <summary>대결: who acts for an official on a day, following the leave's deputy.</summary>
public sealed class StandInRuleTests
{
    private static readonly DateOnly Day = SeoulOrg.Day;
    private readonly SeoulOrg org = new();

    [Fact]
    public void PresentOfficial_ActsForThemself()
    {
        var standIn = StandInRule.Resolve(org.Chart(), org.DivisionHead);

        Assert.Equal(("DIVISION-HEAD", false, OfficialStatus.Serving), (standIn.Acting.EmployeeNumber, standIn.IsProxy, standIn.For.Status));
    }

    [Theory]
    [InlineData(0, true)]   // first day of the leave
    [InlineData(3, true)]   // last day, inclusive
    [InlineData(4, false)]  // back
    [InlineData(-1, false)] // not yet away
    public void OnLeave_TheDeputyActs_FromTheFirstToTheLastDayInclusive(int daysAfterStart, bool proxy)
    {
        org.Away(org.DivisionHead, Day, Day.AddDays(3), org.TeamLeader);

        var standIn = StandInRule.Resolve(org.Chart(Day.AddDays(daysAfterStart)), org.DivisionHead);

        Assert.Equal((proxy ? "TEAM-LEADER" : "DIVISION-HEAD", proxy), (standIn.Acting.EmployeeNumber, standIn.IsProxy));
        Assert.Equal(proxy ? OfficialStatus.OnLeave : OfficialStatus.Serving, standIn.For.Status);
    }

    [Fact]
    public void LeaveEndedEarly_EndsTheStandInOnTheDayOfReturn()
    {
        var leave = org.Away(org.DivisionHead, Day, Day.AddDays(10), org.TeamLeader);
        leave.ReturnedOn = Day.AddDays(2);

        Assert.True(StandInRule.Resolve(org.Chart(Day.AddDays(1)), org.DivisionHead).IsProxy);
        Assert.False(StandInRule.Resolve(org.Chart(Day.AddDays(2)), org.DivisionHead).IsProxy);
    }

    [Fact]
    public void DeputyAlsoAway_TheirDeputyActs()
    {
        org.Away(org.DivisionHead, Day, Day.AddDays(3), org.TeamLeader);
        org.Away(org.TeamLeader, Day, Day, org.Staff);

        Assert.Equal("STAFF", StandInRule.Resolve(org.Chart(), org.DivisionHead).Acting.EmployeeNumber);
    }

    [Fact]
    public void ThreeDeputiesAway_IsFollowedNoFurtherThanTwice_AndNobodyStandsIn()
    {
        org.Away(org.DivisionHead, Day, Day, org.TeamLeader);
        org.Away(org.TeamLeader, Day, Day, org.Staff);
        org.Away(org.Staff, Day, Day, org.OfficeHead);

        var standIn = StandInRule.Resolve(org.Chart(), org.DivisionHead);

        Assert.Equal(("DIVISION-HEAD", false, OfficialStatus.OnLeave), (standIn.Acting.EmployeeNumber, standIn.IsProxy, standIn.Acting.Status));
    }

    [Fact]
    public void DeputiesNamingEachOther_EndTheSearch_WithoutLooping()
    {
        org.Away(org.DivisionHead, Day, Day, org.TeamLeader);
        org.Away(org.TeamLeader, Day, Day, org.DivisionHead);

        var standIn = StandInRule.Resolve(org.Chart(), org.DivisionHead);

        Assert.Equal(("DIVISION-HEAD", false), (standIn.Acting.EmployeeNumber, standIn.IsProxy));
    }

    [Fact]
    public void DepartedDeputy_DoesNotAct()
    {
        org.Away(org.DivisionHead, Day, Day, org.TeamLeader);
        org.TeamLeader.DepartedOn = Day.AddDays(-1);

        Assert.False(StandInRule.Resolve(org.Chart(), org.DivisionHead).IsProxy);
    }

    [Fact]
    public void DepartedOfficial_ActsForNobody_AndNobodyForThem()
    {
        org.Away(org.DivisionHead, Day, Day.AddDays(5), org.TeamLeader);
        org.DivisionHead.DepartedOn = Day;

        var standIn = StandInRule.Resolve(org.Chart(), org.DivisionHead);

        Assert.Equal(("DIVISION-HEAD", false, OfficialStatus.Departed, false), (standIn.Acting.EmployeeNumber, standIn.IsProxy, standIn.For.Status, standIn.For.IsHead));
    }
}
