using System.Net;
using Egov.Identity.Contracts;
using Egov.Identity.Data;
using Egov.Identity.Sessions;
using Egov.Identity.Tests.Delegation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Identity.Tests.Sessions;

/// <summary>A session's row through its life, on the host's clock: kept across a re-issued cookie, seen to the minute, ended when idle.</summary>
public sealed class SessionRowTests(DelegationHost host) : IClassFixture<DelegationHost>
{
    [Fact]
    public async Task LastSeen_IsWrittenAtMostOnceAMinute_AndAnIdleSessionEndsAsExpired()
    {
        var person = await host.SignedInAsync("lee-seoyeon");
        var account = await host.AccountIdAsync("lee-seoyeon");
        var signedIn = (await RowAsync(account)).LastSeenAt;

        host.Time.Advance(TimeSpan.FromSeconds(40));
        await person.PageTextAsync("/");
        Assert.Equal(signedIn, (await RowAsync(account)).LastSeenAt);

        host.Time.Advance(TimeSpan.FromSeconds(40));
        await person.PageTextAsync("/");
        Assert.Equal(host.Time.GetUtcNow().UtcDateTime, (await RowAsync(account)).LastSeenAt, TimeSpan.FromSeconds(1));

        host.Time.Advance(TimeSpan.FromMinutes(61));
        using var refused = await person.GetAsync("/account");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal(SessionEndReason.Expired, (await RowAsync(account)).EndReason);
    }

    [Fact]
    public async Task StartingToActForAChild_KeepsTheSameSessionRow()
    {
        var parent = await host.SignedInAsync("kim-minjun");
        var before = Assert.Single(await SessionIdsAsync(await host.AccountIdAsync("kim-minjun")));

        using var started = await parent.ActForAsync(DelegationKind.Guardian, await host.ResidentIdAsync("kim-seoa"));

        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        Assert.Contains("대리 이용 중", await parent.PageTextAsync("/"), StringComparison.Ordinal);
        Assert.Equal(before, Assert.Single(await SessionIdsAsync(await host.AccountIdAsync("kim-minjun"))));
    }

    private async Task<AccountSession> RowAsync(Guid accountId)
    {
        using var scope = host.Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IdentityModuleDbContext>().Sessions.AsNoTracking()
            .SingleAsync(s => s.AccountId == accountId, TestContext.Current.CancellationToken);
    }

    private async Task<List<Guid>> SessionIdsAsync(Guid accountId)
    {
        using var scope = host.Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IdentityModuleDbContext>().Sessions.AsNoTracking()
            .Where(s => s.AccountId == accountId && s.EndedAt == null).Select(s => s.Id).ToListAsync(TestContext.Current.CancellationToken);
    }
}
