using Egov.Benefits.Data;
using Egov.Platform.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Benefits.WhatIf;

/// <summary>
/// Takes up the oldest waiting simulation (or one whose host stopped beating) every few seconds; the job is leased, so
/// one host copy runs it. A run over the whole population takes minutes: it runs here, never in a page request.
/// </summary>
internal sealed class WhatIfRunner(IServiceScopeFactory scopes, TimeProvider time) : IRecurringJob
{
    /// <summary>A running simulation writes a heartbeat after every chunk (a few thousand people): far more often than this.</summary>
    private static readonly TimeSpan Stale = TimeSpan.FromMinutes(2);

    public string Name => "benefits.what-if";

    public TimeSpan Interval => TimeSpan.FromSeconds(3);

    public async Task RunAsync(DateTime occurrence, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BenefitsDbContext>();
        var stale = time.GetUtcNow().UtcDateTime - Stale;
        var draft = await db.PolicyDrafts.AsNoTracking()
            .Where(d => d.Status == DraftStatus.Queued || (d.Status == DraftStatus.Running && d.HeartbeatAt < stale))
            .OrderBy(d => d.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        if (draft is null)
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        await db.PolicyDrafts.Where(d => d.Id == draft.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, DraftStatus.Running).SetProperty(d => d.HeartbeatAt, now), cancellationToken);
        await scope.ServiceProvider.GetRequiredService<WhatIfSimulation>().RunAsync(draft, cancellationToken);
    }
}
