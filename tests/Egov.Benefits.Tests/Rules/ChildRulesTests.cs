using Egov.Benefits.Eligibility;
using static Egov.Benefits.Tests.Rules.KoreaRules;

namespace Egov.Benefits.Tests.Rules;

/// <summary>The children's benefits against their published amounts and age boundaries.</summary>
public sealed class ChildRulesTests
{
    [Fact]
    public void ChildAllowance_OnTheDayTheChildTurns8_Stops()
    {
        var born = D("2017-03-10");
        var dayBefore = D("2025-03-09");
        var birthday = D("2025-03-10");

        var before = Judge("child-allowance", Person(born, dayBefore), dayBefore);
        var on = Judge("child-allowance", Person(born, birthday), birthday);

        Assert.Equal((Outcome.Gets, 100_000m), (before.Outcome, before.Amount));
        Assert.Equal(Outcome.DoesNotGet, on.Outcome);
        Assert.Equal("under-8", Assert.Single(on.Conditions).Condition.Source.Id);
    }

    [Fact]
    public void ChildAllowance_Before1April2022_StoppedAt7()
    {
        var born = D("2014-06-01");
        var asOf = D("2022-01-15");

        Assert.Equal(Outcome.DoesNotGet, Judge("child-allowance", Person(born, asOf), asOf).Outcome);
        Assert.Equal(Outcome.Gets, Judge("child-allowance", Person(born, D("2022-04-01")), D("2022-04-01")).Outcome);
    }

    [Theory]
    [InlineData("2025-01-15", "2025-12-14", 1_000_000)]   // 10 months
    [InlineData("2025-01-15", "2026-01-14", 1_000_000)]   // the last day of month 11
    [InlineData("2025-01-15", "2026-01-15", 500_000)]     // 12 months: the month parental pay halves
    [InlineData("2025-01-15", "2027-01-14", 500_000)]     // 23 months
    public void ParentalPay_HalvesAt12Months(string born, string asOf, int amount)
    {
        var verdict = Judge("parental-pay", Person(D(born), D(asOf)), D(asOf));

        Assert.Equal((Outcome.Gets, (decimal)amount), (verdict.Outcome, verdict.Amount));
    }

    [Fact]
    public void ParentalPay_At24Months_Stops() =>
        Assert.Equal(Outcome.DoesNotGet, Judge("parental-pay", Person(D("2025-01-15"), D("2027-01-15")), D("2027-01-15")).Outcome);

    [Fact]
    public void ParentalPay_In2023_PaidTheOldAmounts() =>
        Assert.Equal(700_000m, Judge("parental-pay", Person(D("2023-03-01"), D("2023-08-01")), D("2023-08-01")).Amount);

    [Theory]
    [InlineData(1, 2_000_000)]
    [InlineData(2, 3_000_000)]
    [InlineData(3, 3_000_000)]
    public void FirstMeetingVoucher_PaysMoreFromTheSecondChild(int birthOrder, int amount)
    {
        var asOf = D("2025-05-01");

        var verdict = Judge("first-meeting-voucher", Person(D("2025-04-02"), asOf, birthOrder: birthOrder), asOf);

        Assert.Equal((Outcome.Gets, (decimal)amount), (verdict.Outcome, verdict.Amount));
    }

    [Fact]
    public void FirstMeetingVoucher_ForA2023Birth_Was2MillionWhateverTheOrder() =>
        Assert.Equal(2_000_000m, Judge("first-meeting-voucher", Person(D("2023-05-01"), D("2023-06-01"), birthOrder: 2), D("2023-06-01")).Amount);

    [Fact]
    public void HomeCareAllowance_WithoutDaycareAnswer_IsUndecidedAndSaysWhichFact()
    {
        var asOf = D("2025-06-01");
        var child = Person(D("2022-01-01"), asOf);

        var verdict = Judge("home-care-allowance", child, asOf);

        Assert.Equal(Outcome.MayGet, verdict.Outcome);
        Assert.Equal("InDaycare", Assert.Single(verdict.Missing).Name);
        Assert.Equal(100_000m, verdict.Amount);
    }

    [Theory]
    [InlineData("false", true)]
    [InlineData("true", false)]
    public void HomeCareAllowance_FollowsTheDaycareAnswer(string inDaycare, bool gets)
    {
        var asOf = D("2025-06-01");
        var child = Person(D("2022-01-01"), asOf, facts: new() { ["InDaycare"] = inDaycare });

        Assert.Equal(gets ? Outcome.Gets : Outcome.DoesNotGet, Judge("home-care-allowance", child, asOf).Outcome);
    }

    [Fact]
    public void SingleParentChildSupport_PaysPerChildUnder18()
    {
        var asOf = D("2025-06-01");
        var parent = Person(D("1985-01-01"), asOf, children: [D("2006-01-01"), D("2012-01-01"), D("2015-01-01")],
            facts: new() { ["IncomePercentOfMedian"] = "60" });

        var verdict = Judge("single-parent-child-support", parent, asOf);

        Assert.Equal((Outcome.Gets, 460_000m), (verdict.Outcome, verdict.Amount));
    }

    [Fact]
    public void SingleParentChildSupport_ForAMarriedParent_IsRefusedEvenWithoutIncome()
    {
        var asOf = D("2025-06-01");
        var parent = Person(D("1985-01-01"), asOf, married: true, children: [D("2015-01-01")]);

        Assert.Equal(Outcome.DoesNotGet, Judge("single-parent-child-support", parent, asOf).Outcome);
    }

    [Fact]
    public void ElectricityDiscount_UntilTheYoungestChildTurns3()
    {
        var parent = Person(D("1990-01-01"), D("2027-04-01"), children: [D("2024-04-02")]);
        Assert.Equal(Outcome.Gets, Judge("birth-household-electricity-discount", parent, D("2027-04-01")).Outcome);

        var later = Person(D("1990-01-01"), D("2027-04-02"), children: [D("2024-04-02")]);
        Assert.Equal(Outcome.DoesNotGet, Judge("birth-household-electricity-discount", later, D("2027-04-02")).Outcome);
    }
}
