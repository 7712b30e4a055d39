using Egov.Benefits.Eligibility;
using Egov.Benefits.Rules;
using static Egov.Benefits.Tests.Rules.KoreaRules;

namespace Egov.Benefits.Tests.Rules;

/// <summary>The adults' and households' benefits against their published thresholds.</summary>
public sealed class AdultRulesTests
{
    private static readonly DateOnly AsOf = D("2025-06-01");

    [Theory]
    [InlineData(false, "2280000", true, 342_510)]
    [InlineData(false, "2280001", false, 0)]
    [InlineData(true, "3648000", true, 274_010)]
    [InlineData(true, "3648001", false, 0)]
    public void BasicPension_AtTheIncomeThreshold(bool married, string income, bool gets, int amount)
    {
        var verdict = Judge("basic-pension", Person(D("1958-01-01"), AsOf, married: married, facts: new() { ["MonthlyIncome"] = income }), AsOf);

        Assert.Equal(gets ? Outcome.Gets : Outcome.DoesNotGet, verdict.Outcome);
        Assert.Equal(gets ? amount : null, verdict.Amount);
    }

    [Fact]
    public void BasicPension_OnThe65thBirthday_Starts()
    {
        var facts = new Dictionary<string, string> { ["MonthlyIncome"] = "1000000" };
        Assert.Equal(Outcome.DoesNotGet, Judge("basic-pension", Person(D("1960-06-02"), AsOf, facts: facts), AsOf).Outcome);
        Assert.Equal(Outcome.Gets, Judge("basic-pension", Person(D("1960-06-01"), AsOf, facts: facts), AsOf).Outcome);
    }

    [Fact]
    public void BasicPension_In2024_UsedThe2024Threshold()
    {
        var asOf = D("2024-06-01");
        var verdict = Judge("basic-pension", Person(D("1950-01-01"), asOf, facts: new() { ["MonthlyIncome"] = "2200000" }), asOf);

        Assert.Equal(Outcome.DoesNotGet, verdict.Outcome);
    }

    [Fact]
    public void BasicPension_WithoutIncome_ListsTheMissingFactAndTheAgeAsMet()
    {
        var verdict = Judge("basic-pension", Person(D("1950-01-01"), AsOf), AsOf);

        Assert.Equal(Outcome.MayGet, verdict.Outcome);
        Assert.Equal("MonthlyIncome", Assert.Single(verdict.Missing).Name);
        Assert.Equal(
            [("aged-65", ConditionResult.Met), ("income-under-threshold", ConditionResult.Unknown)],
            verdict.Conditions.Select(c => (c.Condition.Source.Id, c.Result)));
    }

    [Fact]
    public void YouthMonthlyRent_PaysTheRentUpTo200000_OnlyApartFromParents()
    {
        var facts = new Dictionary<string, string> { ["IncomePercentOfMedian"] = "55", ["MonthlyRent"] = "450000" };
        var alone = Judge("youth-monthly-rent", Person(D("2000-01-01"), AsOf, facts: facts), AsOf);
        var withParents = Judge("youth-monthly-rent", Person(D("2000-01-01"), AsOf, household: [Mate(D("1970-01-01"), isParent: true)], facts: facts), AsOf);

        Assert.Equal((Outcome.Gets, 200_000m), (alone.Outcome, alone.Amount));
        Assert.Equal(Outcome.DoesNotGet, withParents.Outcome);
    }

    [Theory]
    [InlineData(1, 295_200)]
    [InlineData(2, 407_500)]
    [InlineData(4, 701_300)]
    [InlineData(6, 701_300)]
    public void EnergyVoucher_ByHouseholdSize(int size, int amount)
    {
        var household = Enumerable.Range(0, size - 1).Select(i => Mate(D("1990-01-01").AddYears(i))).ToArray();
        var verdict = Judge("energy-voucher", Person(D("1950-01-01"), AsOf, household: household, facts: new() { ["LivelihoodRecipient"] = "true" }), AsOf);

        Assert.Equal((Outcome.Gets, (decimal)amount), (verdict.Outcome, verdict.Amount));
    }

    [Theory]
    [InlineData(7, 487_000)]
    [InlineData(12, 487_000)]
    [InlineData(13, 679_000)]
    [InlineData(16, 768_000)]
    public void EducationBenefit_BySchoolStage(int age, int amount)
    {
        var verdict = Judge("education-benefit", Person(AsOf.AddYears(-age), AsOf, facts: new() { ["IncomePercentOfMedian"] = "50" }), AsOf);

        Assert.Equal((Outcome.Gets, (decimal)amount), (verdict.Outcome, verdict.Amount));
    }

    [Fact]
    public void KtxDiscount_NeedsTwoChildrenAged25OrUnder()
    {
        Assert.Equal(Outcome.Gets, Judge("ktx-multi-child-discount", Person(D("1975-01-01"), AsOf, children: [D("2001-01-01"), D("2005-01-01")]), AsOf).Outcome);
        Assert.Equal(Outcome.DoesNotGet, Judge("ktx-multi-child-discount", Person(D("1975-01-01"), AsOf, children: [D("1999-01-01"), D("2005-01-01")]), AsOf).Outcome);
    }

    [Fact]
    public void EveryKoreanBenefit_HasARuleInForceIn2025()
    {
        Assert.True(Catalog.Benefits.Count >= 15);
        Assert.All(Catalog.Benefits, b => Assert.NotNull(b.On(AsOf)));
    }
}
