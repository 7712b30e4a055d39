using Egov.Benefits.Rules;

namespace Egov.Benchmarks.Benefits;

/// <summary>
/// The kr pack's fifteen benefits as a programmer would write them in C#, the versions in force from 2025 (the
/// benchmark's date), with the pack's semantics: a declared fact that is missing (null) never grants, which C#'s lifted
/// comparisons give (<c>null &lt;= 50</c> is false). The baseline the compiled rules are measured against.
/// </summary>
internal static class HandWrittenRules
{
    public static readonly DateOnly From = new(2025, 1, 1);

    public static void Grant(PersonContext c, Action<string, decimal?> granted)
    {
        var incomeLimit = c.Married ? 3_648_000 : 2_280_000;
        if (c.AgeYears >= 65 && c.MonthlyIncome <= incomeLimit)
        {
            granted("basic-pension", c.Married ? 274_010 : 342_510);
        }

        if (c.Children.Any(m => m.AgeMonths < 36))
        {
            granted("birth-household-electricity-discount", 16_000);
        }

        if (c.AgeMonths < 96)
        {
            granted("child-allowance", 100_000);
        }

        if (c.AgeYears >= 18 && c.SevereDisability == true && c.MonthlyIncome <= incomeLimit)
        {
            granted("disability-pension", 342_510);
        }

        if (c.AgeYears is >= 7 and <= 18 && c.IncomePercentOfMedian <= 50)
        {
            granted("education-benefit", c.AgeYears <= 12 ? 487_000 : c.AgeYears <= 15 ? 679_000 : 768_000);
        }

        if (c.LivelihoodRecipient == true && (c.AgeYears >= 65 || c.AgeYears < 7 || c.Household.Any(m => m.AgeYears >= 65 || m.AgeYears < 7)))
        {
            granted("energy-voucher", c.HouseholdSize switch { 1 => 295_200, 2 => 407_500, 3 => 532_700, _ => 701_300 });
        }

        if (c.AgeMonths < 12)
        {
            granted("first-meeting-voucher", c.BirthOrder == 1 ? 2_000_000 : 3_000_000);
        }

        if (c.AgeMonths is >= 24 and < 86 && c.InDaycare == false)
        {
            granted("home-care-allowance", 100_000);
        }

        if (c.IncomePercentOfMedian <= 48)
        {
            granted("housing-benefit", null);
        }

        if (c.Children.Count(m => m.AgeYears <= 25) >= 2)
        {
            granted("ktx-multi-child-discount", null);
        }

        if (c.Student == true && c.IncomePercentOfMedian <= 200)
        {
            granted("national-scholarship-alert", null);
        }

        if (c.AgeMonths < 24)
        {
            granted("parental-pay", c.AgeMonths < 12 ? 1_000_000 : 500_000);
        }

        if (c.AgeYears >= 65 && c.MonthlyIncome <= incomeLimit)
        {
            granted("senior-jobs", 290_000);
        }

        if (!c.Married && c.Children.Any(m => m.AgeYears < 18) && c.IncomePercentOfMedian <= 63)
        {
            granted("single-parent-child-support", 230_000 * c.Children.Count(m => m.AgeYears < 18));
        }

        if (c.AgeYears is >= 19 and <= 34 && !c.LivesWithParents && c.IncomePercentOfMedian <= 60 && c.MonthlyRent is long rent && rent is > 0 and <= 700_000)
        {
            granted("youth-monthly-rent", Math.Min(rent, 200_000));
        }
    }
}
