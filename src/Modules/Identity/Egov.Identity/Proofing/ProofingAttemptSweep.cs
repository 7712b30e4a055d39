using Egov.Identity.Data;
using Egov.Platform.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Identity.Proofing;

/// <summary>
/// Deletes proofing attempts a day after they were made: by then every code and proof has expired and the
/// per-resident sending limit no longer counts them. What happened stays in the security events.
/// </summary>
internal sealed class ProofingAttemptSweep(IServiceScopeFactory scopes) : IRecurringJob
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(1);

    public string Name => "identity.proofing-attempts.sweep";

    public TimeSpan Interval => TimeSpan.FromHours(1);

    public async Task RunAsync(DateTime occurrence, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var cutoff = occurrence - KeptFor;
        await scope.ServiceProvider.GetRequiredService<IdentityModuleDbContext>().ProofingAttempts
            .Where(a => a.CreatedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
    }
}
