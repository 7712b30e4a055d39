using Egov.Identity.Data;
using Egov.Identity.Domain;
using Egov.Identity.Sessions;
using Egov.Platform.Jobs;
using Egov.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Identity.Tests.Sessions;

public sealed class SessionSweepTests(EgovHostFixture host) : IClassFixture<EgovHostFixture>
{
    [Fact]
    public async Task Sweep_DeletesSessionsOver90Days_AndKeepsRecentHistoryAndLiveOnes()
    {
        var now = DateTime.UtcNow;
        var longGone = Session(now - SessionSweep.KeptFor - SessionLimits.Longest - TimeSpan.FromHours(1), ended: true);
        var abandonedLongAgo = Session(now - SessionSweep.KeptFor - SessionLimits.Longest - TimeSpan.FromMinutes(1), ended: false);
        var endedLastMonth = Session(now - TimeSpan.FromDays(30), ended: true);
        var justUnderTheLimit = Session(now - SessionSweep.KeptFor, ended: true);
        var live = Session(now - TimeSpan.FromMinutes(5), ended: false);
        using (var scope = host.Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IdentityModuleDbContext>();
            db.Sessions.AddRange(longGone, abandonedLongAgo, endedLastMonth, justUnderTheLimit, live);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var sweep = host.Factory.Services.GetServices<IRecurringJob>().OfType<SessionSweep>().Single();
        await sweep.RunAsync(now, TestContext.Current.CancellationToken);

        using var check = host.Factory.Services.CreateScope();
        var left = await check.ServiceProvider.GetRequiredService<IdentityModuleDbContext>().Sessions
            .Where(s => s.AccountId == longGone.AccountId).Select(s => s.Id).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(new[] { endedLastMonth.Id, justUnderTheLimit.Id, live.Id }.Order(), left.Order());
    }

    private static readonly Guid Account = Guid.NewGuid();

    private static AccountSession Session(DateTime startedAt, bool ended) => new()
    {
        Id = Guid.NewGuid(), AccountId = Account, StartedAt = startedAt, LastSeenAt = startedAt.AddMinutes(10),
        EndedAt = ended ? startedAt.AddMinutes(20) : null, EndReason = ended ? SessionEndReason.SignedOut : null,
        Device = "Firefox · Linux", Methods = "pwd", Level = "urn:egov:aal1",
    };
}
