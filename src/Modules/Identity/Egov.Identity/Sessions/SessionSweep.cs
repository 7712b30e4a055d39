using Egov.Identity.Data;
using Egov.Identity.Domain;
using Egov.Platform.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Identity.Sessions;

/// <summary>
/// Deletes sessions 90 days after they can last have been used. Until then the owner sees them on the account
/// page (where and when their account was used: the way to notice a session that was not theirs, say after a
/// phishing message a few weeks back); after that a network and a device name are personal data with no use
/// left, and the sign-in history proper lives in the Security module's events.
/// </summary>
internal sealed class SessionSweep(IServiceScopeFactory scopes) : IRecurringJob
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(90);

    public string Name => "identity.sessions.sweep";

    public TimeSpan Interval => TimeSpan.FromHours(1);

    public async Task RunAsync(DateTime occurrence, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        // No session outlives the longest overall limit, so one that started that long before the cutoff has
        // ended (signed out, revoked or expired) before it: one indexed condition, no need to read end times.
        var cutoff = occurrence - KeptFor - SessionLimits.Longest;
        await scope.ServiceProvider.GetRequiredService<IdentityModuleDbContext>().Sessions
            .Where(s => s.StartedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
    }
}
