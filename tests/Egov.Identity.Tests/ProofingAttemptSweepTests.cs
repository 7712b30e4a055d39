using Egov.Identity.Data;
using Egov.Identity.Proofing;
using Egov.Platform.Jobs;
using Egov.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Identity.Tests;

public sealed class ProofingAttemptSweepTests(EgovHostFixture host) : IClassFixture<EgovHostFixture>
{
    [Fact]
    public async Task Sweep_DeletesAttemptsOlderThanADay_AndKeepsRecentOnes()
    {
        var now = DateTime.UtcNow;
        var old = Attempt(now - ProofingAttemptSweep.KeptFor - TimeSpan.FromMinutes(1));
        var recent = Attempt(now - TimeSpan.FromMinutes(30));
        using (var scope = host.Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IdentityModuleDbContext>();
            db.ProofingAttempts.AddRange(old, recent);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var sweep = host.Factory.Services.GetServices<IRecurringJob>().OfType<ProofingAttemptSweep>().Single();
        await sweep.RunAsync(now, TestContext.Current.CancellationToken);

        using var check = host.Factory.Services.CreateScope();
        var left = await check.ServiceProvider.GetRequiredService<IdentityModuleDbContext>().ProofingAttempts
            .Where(a => a.Id == old.Id || a.Id == recent.Id).Select(a => a.Id).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal([recent.Id], left);
    }

    private static ProofingAttempt Attempt(DateTime createdAt) => new()
    {
        Id = Guid.NewGuid(), CodeHash = new string('0', 64), MaskedPhone = "010-****-0000", CreatedAt = createdAt, ExpiresAt = createdAt.AddMinutes(5),
    };
}
