using Egov.Benefits.Eligibility;
using static Egov.Benefits.Tests.Rules.KoreaRules;

namespace Egov.Benefits.Tests.Rules;

public sealed class AgesTests
{
    [Theory]
    [InlineData("2025-01-31", "2025-02-28", 0)]   // no 31 February: the month completes at its end
    [InlineData("2025-01-31", "2025-03-01", 1)]
    [InlineData("2025-01-15", "2025-02-15", 1)]
    [InlineData("2024-02-29", "2025-02-28", 11)]
    [InlineData("2024-02-29", "2025-03-01", 12)]
    public void InFullMonths_CountsAsTheCivilLawDoes(string born, string on, int months) =>
        Assert.Equal(months, Ages.InFullMonths(D(born), D(on)));
}
