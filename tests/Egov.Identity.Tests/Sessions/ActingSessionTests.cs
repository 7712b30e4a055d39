using System.Net;
using Egov.Identity.Contracts;
using Egov.Identity.Data;
using Egov.Identity.Tests.Delegation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Identity.Tests.Sessions;

/// <summary>Acting on behalf re-issues the session cookie: it must stay the same session, so revoking it still works.</summary>
public sealed class ActingSessionTests(DelegationHost host) : IClassFixture<DelegationHost>
{
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

    private async Task<List<Guid>> SessionIdsAsync(Guid accountId)
    {
        using var scope = host.Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IdentityModuleDbContext>().Sessions.AsNoTracking()
            .Where(s => s.AccountId == accountId && s.EndedAt == null).Select(s => s.Id).ToListAsync(TestContext.Current.CancellationToken);
    }
}
