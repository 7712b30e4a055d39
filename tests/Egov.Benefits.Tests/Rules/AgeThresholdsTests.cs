using Egov.Benefits.Sweep;
using static Egov.Benefits.Tests.Rules.KoreaRules;

namespace Egov.Benefits.Tests.Rules;

/// <summary>The ages the sweep looks for come from the kr rules, and the birth dates that reach them on a day.</summary>
public sealed class AgeThresholdsTests
{
    private static readonly AgeThresholds Thresholds = new(Catalog);

    [Fact]
    public void Thresholds_AreTheAgesTheRulesCompare()
    {
        var all = Thresholds.All.Select(t => t.ToString()).ToList();

        // Basic pension and senior jobs start, parental pay halves and ends, the child allowance ends (under 8: 96 months),
        // youth rent support ends after 34.
        Assert.Superset(new HashSet<string> { "65 years", "12 months", "24 months", "96 months", "35 years" }, all.ToHashSet());
        // The children's ages inside Children.Any(…) are not the person's: 36 months appears nowhere else.
        Assert.DoesNotContain("36 months", all);
    }

    /// <summary>65 years; 29 February in a common year; 12 months; 86 months (home-care allowance) from a 31st into a 30-day month.</summary>
    [Theory]
    [InlineData("2026-12-05", "1961-12-05")]
    [InlineData("2025-03-01", "1960-02-29")]
    [InlineData("2026-12-06", "2025-12-06")]
    [InlineData("2026-10-01", "2019-07-31")]
    public void BirthDatesReachingOn_IncludeThoseTurningAThresholdThatDay(string day, string born)
    {
        Assert.Contains(D(born), Thresholds.BirthDatesReachingOn(D(day)));
    }

    [Fact]
    public void BirthDatesReachingOn_LeaveOutThoseWhoReachedItTheDayBefore()
    {
        Assert.DoesNotContain(D("1961-12-05"), Thresholds.BirthDatesReachingOn(D("2026-12-06")));
        // 28 February 2025: someone born on 29 February 1960 is still 64.
        Assert.DoesNotContain(D("1960-02-29"), Thresholds.BirthDatesReachingOn(D("2025-02-28")));
    }
}
