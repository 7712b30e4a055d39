using Egov.Benefits.Rules;
using Egov.Platform.Packs;
using static Egov.Benefits.Tests.Rules.KoreaRules;

namespace Egov.Benefits.Tests.Rules;

/// <summary>Inner lambdas compiled once (<see cref="InnerLambdas"/>) keep their meaning, and one that reads the person stays per call.</summary>
public sealed class InnerLambdasTests
{
    private static readonly DateOnly AsOf = D("2025-06-01");

    [Theory]
    [InlineData("Children.Any(AgeMonths < 36)", true)]
    [InlineData("Children.Count(AgeYears <= 25) >= 2", false)]
    [InlineData("Children.Any(AgeMonths < parent.AgeMonths - 300)", true)]
    [InlineData("Children.Any(AgeYears > parent.AgeYears)", false)]
    public void Condition_WithInnerLambda_GivesTheSameAnswerEveryCall(string when, bool expected)
    {
        var (condition, error) = RuleCompiler.Condition(new BenefitCondition("test", when, new Dictionary<string, string>(), 1));
        Assert.Null(error);
        var person = Person(D("1990-01-01"), AsOf, children: [D("2024-01-01")]);
        var childless = Person(D("1990-01-01"), AsOf);
        Assert.Equal(expected, condition!.Test(person));
        Assert.False(condition.Test(childless));
        Assert.Equal(expected, condition.Test(person));
    }
}
