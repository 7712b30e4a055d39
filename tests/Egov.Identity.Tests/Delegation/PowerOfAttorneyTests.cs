using System.Net;
using Egov.Identity.Acting;
using Egov.Identity.Contracts;
using Egov.Identity.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Identity.Tests.Delegation;

/// <summary>Powers of attorney through their pages: granted, used within their services, revoked, refused.</summary>
public sealed class PowerOfAttorneyTests(DelegationHost host) : IClassFixture<DelegationHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DateOnly Today => DateOnly.FromDateTime(host.Time.GetUtcNow().UtcDateTime);

    [Fact]
    public async Task Power_IsGranted_UsedOnlyForItsServices_ThenRevoked_WhichEndsTheActingAtOnce()
    {
        var grantor = await host.SignedInAsync("kim-youngsoo");
        var agent = await host.SignedInAsync("kim-minjun");
        var (identifier, name) = host.DemoPerson("kim-minjun");

        using var granted = await grantor.GrantAsync(identifier, name, Today.AddDays(30), "certificates.issue", "benefits.apply");
        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        var listed = await grantor.PageTextAsync("/account/powers-of-attorney");
        Assert.Contains("김민준 님에게 위임했습니다", listed, StringComparison.Ordinal);
        Assert.Contains("복지 급여 신청, 증명서 발급", listed, StringComparison.Ordinal);
        var power = await PowerAsync("kim-youngsoo", "kim-minjun");
        await AssertPublishedAsync<DelegationGranted>(power.Id);
        Assert.Contains("김영수", await agent.PageTextAsync("/account/powers-of-attorney"), StringComparison.Ordinal);

        var choices = await agent.PageTextAsync("/account/act-for");
        Assert.Contains("위임 업무: 복지 급여 신청, 증명서 발급", choices, StringComparison.Ordinal);
        using var started = await agent.ActForAsync(DelegationKind.PowerOfAttorney, power.GrantorResidentId);
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        Assert.Contains("지금 김영수(위임장)의 대리인으로 이용하고 있습니다", await agent.PageTextAsync("/"), StringComparison.Ordinal);
        Assert.True((await ActingAnswer.OfAsync(agent, "certificates.issue")).Allows);
        Assert.False((await ActingAnswer.OfAsync(agent, "tax.file-return")).Allows);
        Assert.False((await ActingAnswer.OfAsync(agent, "no.such-service")).Allows);

        using var revoked = await grantor.RevokeAsync(power.Id);
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        await AssertPublishedAsync<DelegationRevoked>(power.Id);

        var next = await agent.PageTextAsync("/");
        Assert.Contains("대리 이용이 끝났습니다.", next, StringComparison.Ordinal);
        Assert.Contains("위임이 철회되었습니다", next, StringComparison.Ordinal);
        Assert.False((await ActingAnswer.OfAsync(agent, "certificates.issue")).IsActingOnBehalf);
        Assert.DoesNotContain("김영수", await agent.PageTextAsync("/account/act-for"), StringComparison.Ordinal);
        using var again = await agent.ActForAsync(DelegationKind.PowerOfAttorney, power.GrantorResidentId);
        Assert.Equal(HttpStatusCode.Forbidden, again.StatusCode);
    }

    [Fact]
    public async Task OnlyTheGrantor_MayRevoke()
    {
        var grantor = await host.SignedInAsync("lee-seoyeon");
        var (identifier, name) = host.DemoPerson("nguyen-thilan");
        using (await grantor.GrantAsync(identifier, name, Today.AddDays(10), "tax.file-return"))
        {
        }

        var power = await PowerAsync("lee-seoyeon", "nguyen-thilan");
        var agent = await host.SignedInAsync("nguyen-thilan");

        using var refused = await agent.RevokeAsync(power.Id);

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Null((await PowerAsync("lee-seoyeon", "nguyen-thilan")).RevokedAt);
    }

    [Theory]
    [InlineData("wrong-name", 30, "certificates.issue", "입력한 주민등록번호와 이름에 맞는 주민이 없습니다")]
    [InlineData("unknown-number", 30, "certificates.issue", "입력한 주민등록번호와 이름에 맞는 주민이 없습니다")]
    [InlineData("self", 30, "certificates.issue", "본인에게는 위임할 수 없습니다")]
    [InlineData("agent", 0, "certificates.issue", "내일 이후의 날짜를 선택해 주세요")]
    [InlineData("agent", 400, "certificates.issue", "위임 종료일은 2028년 3월 2일까지만 정할 수 있습니다")]
    [InlineData("agent", 30, "", "위임할 업무를 하나 이상 선택해 주세요")]
    [InlineData("agent", 30, "passport.apply", "위임할 업무를 하나 이상 선택해 주세요")]
    public async Task Grant_IsRefusedWithAClearMessage_AndWritesNothing(string agent, int days, string service, string message)
    {
        var grantor = await host.SignedInAsync("oh-junseo");
        var (identifier, name) = host.DemoPerson(agent == "self" ? "oh-junseo" : "yoon-mirae");
        (identifier, name) = agent switch
        {
            "wrong-name" => (identifier, "윤미레"),
            "unknown-number" => ("910304-2203658", name), // a valid-looking number nobody has
            _ => (identifier, name),
        };

        using var refused = await grantor.GrantAsync(identifier, name, Today.AddDays(days), service.Length == 0 ? [] : [service]);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync(Ct);
        Assert.Contains(message, page, StringComparison.Ordinal);
        using var scope = host.Factory.Services.CreateScope();
        var grantorId = await host.ResidentIdAsync("oh-junseo");
        Assert.False(await scope.ServiceProvider.GetRequiredService<IdentityModuleDbContext>().PowersOfAttorney.AnyAsync(p => p.GrantorResidentId == grantorId, Ct));
    }

    private async Task<PowerOfAttorney> PowerAsync(string grantorKey, string agentKey)
    {
        var grantor = await host.ResidentIdAsync(grantorKey);
        var agent = await host.ResidentIdAsync(agentKey);
        using var scope = host.Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IdentityModuleDbContext>().PowersOfAttorney.AsNoTracking()
            .SingleAsync(p => p.GrantorResidentId == grantor && p.AgentResidentId == agent, Ct);
    }

    private async Task AssertPublishedAsync<TEvent>(Guid powerId)
    {
        using var scope = host.Factory.Services.CreateScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<IdentityModuleDbContext>().OutboxMessages
            .AnyAsync(m => m.Type == typeof(TEvent).FullName && m.Payload.Contains(powerId.ToString()), Ct));
    }
}
