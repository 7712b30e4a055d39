using Egov.Platform.Packs;
using Egov.Registries.Domain;
using Egov.Registries.LifeEvents;

namespace Egov.Registries.Tests;

/// <summary>The rules of a reported birth, on residents made up here: no host, no database.</summary>
public sealed class BirthRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 29);
    private static readonly Guid MotherId = Guid.NewGuid();
    private static readonly Guid FatherId = Guid.NewGuid();

    [Fact]
    public void ABirthToTwoLivingAdults_AtTheirHousehold_BreaksNoRule()
    {
        Assert.Empty(BirthRules.Check(Report(Today), Mother(), Father(), Today));
        Assert.Empty(BirthRules.Check(Report(Today) with { OtherParentId = null }, Mother(), null, Today));
    }

    [Theory]
    [InlineData(2026, 11, 30, "registries.rule.future")]
    [InlineData(2000, 1, 1, "registries.rule.parentTooYoung")]
    [InlineData(2002, 4, 30, "registries.rule.parentTooYoung")]
    public void ADateTheParentCannotHaveAChildOn_IsRefused(int year, int month, int day, string rule)
    {
        var violations = BirthRules.Check(Report(new DateOnly(year, month, day)) with { OtherParentId = null }, Mother(), null, Today);

        Assert.Equal([new RuleViolation("BornOn", rule)], violations);
    }

    [Fact]
    public void AParent_MayBeTwelveOnTheDay_TheOtherParentsAgeCountsToo()
    {
        Assert.Empty(BirthRules.Check(Report(new DateOnly(2002, 5, 1)) with { OtherParentId = null }, Mother(), null, Today));
        Assert.Equal(
            [new RuleViolation("OtherParentId", "registries.rule.parentTooYoung")],
            BirthRules.Check(Report(new DateOnly(2020, 1, 1)), Mother(), Father(f => f.BirthDate = new DateOnly(2010, 1, 2)), Today));
    }

    [Theory]
    [InlineData(300, true)]
    [InlineData(301, false)]
    public void AFather_MayHaveDiedUpTo300DaysBeforeTheBirth(int daysBefore, bool accepted)
    {
        var bornOn = new DateOnly(2026, 11, 1);
        var father = Father(f => (f.Status, f.DiedOn) = (ResidentStatus.Deceased, bornOn.AddDays(-daysBefore)));

        var violations = BirthRules.Check(Report(bornOn), Mother(), father, Today);

        Assert.Equal(accepted ? [] : [new RuleViolation("OtherParentId", "registries.rule.parentDied")], violations);
    }

    [Fact]
    public void AMother_MustBeAliveOnTheDay_SheMayDieThatDayOrLater()
    {
        var bornOn = new DateOnly(2026, 11, 1);

        Assert.Equal(
            [new RuleViolation("BornOn", "registries.rule.parentDied")],
            BirthRules.Check(Report(bornOn), Mother(m => (m.Status, m.DiedOn) = (ResidentStatus.Deceased, bornOn.AddDays(-1))), Father(), Today));
        Assert.Empty(BirthRules.Check(Report(bornOn), Mother(m => (m.Status, m.DiedOn) = (ResidentStatus.Deceased, bornOn)), Father(), Today));
        Assert.Equal(
            [new RuleViolation("OtherParentId", "registries.rule.parentDied")],
            BirthRules.Check(Report(bornOn) with { ParentId = FatherId, OtherParentId = MotherId }, Father(), Mother(m => m.Status = ResidentStatus.Deceased), Today));
    }

    [Fact]
    public void TheSameParentTwice_AnUnknownParent_OrNoName_IsRefused()
    {
        Assert.Equal(
            [new RuleViolation("OtherParentId", "registries.rule.sameParent")],
            BirthRules.Check(Report(Today) with { OtherParentId = MotherId }, Mother(), null, Today));
        Assert.Equal(
            [new RuleViolation("OtherParentId", "registries.rule.unknownResident")],
            BirthRules.Check(Report(Today), Mother(), null, Today));
        Assert.Equal(
            [new RuleViolation("Name", "registries.rule.childName")],
            BirthRules.Check(Report(Today) with { Name = " \u3000 " }, Mother(), Father(), Today));
        Assert.Equal(
            [new RuleViolation("ResidentId", "registries.rule.unknownResident")],
            BirthRules.Check(Report(Today), null, Father(), Today));
    }

    [Fact]
    public void TheReportingParent_MustLiveHereInAHousehold_TheOtherMayHaveEmigrated()
    {
        Assert.Equal(
            [new RuleViolation("ResidentId", "registries.rule.noHousehold")],
            BirthRules.Check(Report(Today), Mother(m => m.HouseholdId = null), Father(), Today));
        Assert.Equal(
            [new RuleViolation("ResidentId", "registries.rule.notAlive")],
            BirthRules.Check(Report(Today), Mother(m => m.Status = ResidentStatus.Emigrated), Father(), Today));
        Assert.Empty(BirthRules.Check(Report(Today), Mother(), Father(f => f.Status = ResidentStatus.Emigrated), Today));
    }

    [Theory]
    [InlineData("head", "child")]
    [InlineData("spouse", "child")]
    [InlineData("child", "grandchild")]
    [InlineData("child_in_law", "grandchild")]
    [InlineData("parent", "sibling")]
    [InlineData("other", "other")]
    [InlineData(null, "other")]
    public void TheChildsRelationToTheHead_FollowsTheParents(string? parentRelation, string childRelation) =>
        Assert.Equal(childRelation, BirthRules.RelationInHousehold(parentRelation));

    [Fact]
    public void TheChild_IsANationalWhenEitherParentIs_ElseTakesTheReportingParentsNationality()
    {
        Assert.Equal("KR", BirthRules.Nationality(Mother(m => m.Nationality = "VN"), Father(), "KR"));
        Assert.Equal("KR", BirthRules.Nationality(Mother(), Father(f => f.Nationality = "VN"), "KR"));
        Assert.Equal("VN", BirthRules.Nationality(Mother(m => m.Nationality = "VN"), Father(f => f.Nationality = "PH"), "KR"));
        Assert.Equal("VN", BirthRules.Nationality(Mother(m => m.Nationality = "VN"), null, "KR"));
    }

    private static BirthReport Report(DateOnly bornOn) => new(MotherId, FatherId, "김하준", "Kim Hajun", bornOn, Sex.Male);

    private static Resident Mother(Action<Resident>? change = null) => Person(MotherId, "female", new DateOnly(1990, 5, 1), change);

    private static Resident Father(Action<Resident>? change = null) => Person(FatherId, "male", new DateOnly(1988, 2, 3), change);

    private static Resident Person(Guid id, string sex, DateOnly born, Action<Resident>? change)
    {
        var person = new Resident
        {
            Id = id, NumberCipher = [], NumberHash = [], Name = sex, BirthDate = born, Sex = sex, Nationality = "KR",
            Status = ResidentStatus.Alive, HouseholdId = Guid.NewGuid(), RelationToHead = "head",
        };
        change?.Invoke(person);
        return person;
    }
}
