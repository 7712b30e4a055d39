using Egov.Identity.Acting;
using Egov.Identity.Contracts;
using Egov.Platform.Packs;
using Microsoft.AspNetCore.Authentication;

namespace Egov.Identity.Tests.Delegation;

/// <summary>The domain rules of delegation, without a host.</summary>
public sealed class DelegationRulesTests
{
    private static readonly DelegationSettings Catalogue = new(
        [new DelegableService("certificates.issue", new Dictionary<string, string> { ["en"] = "Certificates" }), new DelegableService("tax.file-return", new Dictionary<string, string>())],
        MaxMonths: 12);

    private static readonly Guid Grantor = Guid.NewGuid();
    private static readonly Guid Agent = Guid.NewGuid();
    private static readonly DateOnly Today = new(2027, 1, 31);

    [Theory]
    [InlineData("2027-02-01", null)]                   // tomorrow: the shortest power
    [InlineData("2028-01-31", null)]                   // twelve months, to the day
    [InlineData("2027-01-31", "UntilNotInFuture")]     // today
    [InlineData("2026-12-31", "UntilNotInFuture")]
    [InlineData("2028-02-01", "UntilTooFar")]
    public void Check_TheLastDay_MustBeAfterTodayAndWithinThePacksMaximum(string until, string? expected) =>
        Assert.Equal(expected, PowerOfAttorneyRules.Check(Grantor, Agent, ["certificates.issue"], DateOnly.Parse(until, System.Globalization.CultureInfo.InvariantCulture), Today, Catalogue)?.ToString());

    [Fact]
    public void Check_RefusesAPowerToOneself() =>
        Assert.Equal(GrantRefusal.ToOneself, PowerOfAttorneyRules.Check(Grantor, Grantor, ["certificates.issue"], Today.AddDays(1), Today, Catalogue));

    [Theory]
    [InlineData("")]
    [InlineData("certificates.issue passport.apply")]
    public void Check_RefusesNoServiceOrOneThePackDoesNotOffer(string services) =>
        Assert.Equal(GrantRefusal.NoValidService, PowerOfAttorneyRules.Check(
            Grantor, Agent, services.Split(' ', StringSplitOptions.RemoveEmptyEntries), Today.AddDays(1), Today, Catalogue));

    [Fact]
    public void Grant_StartsToday_WithEachServiceOnce()
    {
        var power = PowerOfAttorneyRules.Grant(Grantor, Agent, ["tax.file-return", "certificates.issue", "tax.file-return"], Today.AddDays(5), Today, Catalogue, DateTime.UtcNow);

        Assert.Equal(["certificates.issue", "tax.file-return"], power.Services);
        Assert.Equal(Today, power.ValidFrom);
        Assert.True(power.IsInForceOn(Today));
        Assert.True(power.IsInForceOn(Today.AddDays(5)));
        Assert.False(power.IsInForceOn(Today.AddDays(6)));
        Assert.False(power.IsInForceOn(Today.AddDays(-1)));
    }

    [Fact]
    public void Grant_OfARefusedPower_Throws() =>
        Assert.Throws<InvalidOperationException>(() => PowerOfAttorneyRules.Grant(Grantor, Grantor, ["certificates.issue"], Today.AddDays(1), Today, Catalogue, DateTime.UtcNow));

    [Fact]
    public void Revoke_EndsThePowerAtOnce_AndKeepsTheFirstRevocation()
    {
        var power = PowerOfAttorneyRules.Grant(Grantor, Agent, ["certificates.issue"], Today.AddDays(5), Today, Catalogue, DateTime.UtcNow);
        var first = Guid.NewGuid();
        var at = new DateTime(2027, 2, 1, 9, 0, 0, DateTimeKind.Utc);

        Assert.True(power.Revoke(first, at));
        Assert.False(power.Revoke(Guid.NewGuid(), at.AddHours(1)));

        Assert.False(power.IsInForceOn(Today));
        Assert.Equal((first, at), (power.RevokedBy!.Value, power.RevokedAt!.Value));
    }

    [Fact]
    public void Delegation_AllowsEveryServiceForAChildOrCompany_OnlyTheNamedOnesForAPower()
    {
        var child = new Egov.Identity.Acting.Delegation(DelegationKind.Guardian, new Party(PartyKind.Resident, Guid.NewGuid(), "A"), null, null);
        var power = new Egov.Identity.Acting.Delegation(DelegationKind.PowerOfAttorney, new Party(PartyKind.Resident, Guid.NewGuid(), "B"), new HashSet<string> { "certificates.issue" }, Today);

        Assert.True(child.Allows("tax.file-return"));
        Assert.True(power.Allows("certificates.issue"));
        Assert.False(power.Allows("tax.file-return"));
    }

    [Theory]
    [InlineData("Guardian:not-a-guid")]
    [InlineData("Nobody:6f1c1d3e-1111-4a4a-9a9a-000000000001")]
    [InlineData("7:6f1c1d3e-1111-4a4a-9a9a-000000000001")]
    [InlineData("Guardian")]
    public void ActingSession_IgnoresAValueItCannotRead(string value)
    {
        var properties = new AuthenticationProperties(new Dictionary<string, string?> { ["egov.actingFor"] = value });

        Assert.Null(ActingSession.Read(properties));
    }

    [Fact]
    public void ServiceNames_FollowTheReadersLanguage_AndFallBackToTheCode()
    {
        var service = Catalogue.Find("certificates.issue")!;

        Assert.Equal("Certificates", service.NameIn(System.Globalization.CultureInfo.GetCultureInfo("en-GB")));
        Assert.Equal("certificates.issue", service.NameIn(System.Globalization.CultureInfo.GetCultureInfo("ja")));
    }
}
