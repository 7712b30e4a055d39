using Egov.Approvals.Data;
using Egov.Approvals.Documents;
using Egov.Approvals.Domain;
using Egov.Approvals.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Approvals.Tests;

/// <summary>
/// 100 final approvals at once, each in its own scope and transaction as 100 requests would be: the serials are
/// exactly 1…100 of the year's series, without a gap or a repeat (run on SQLite and on PostgreSQL).
/// </summary>
public sealed class NumberingTests(ApprovalsHost host) : IClassFixture<ApprovalsHost>
{
    private const int Concurrent = 100;

    [Fact]
    public async Task HundredConcurrentFinalApprovals_TakeSerialsWithoutGapsOrDuplicates()
    {
        var documents = new List<ApprovalDocument>();
        for (var i = 0; i < Concurrent; i++)
        {
            documents.Add(await host.DraftAsync("general", null));
        }

        // No approval before: the agency's seal key is made by the first sealed documents, so the hundred also race to
        // create it, and that race must end with one key and no error logged.
        var errorsBefore = host.Factory.LoggedErrors.Count;
        using var start = new SemaphoreSlim(0);
        var approvals = documents.Select(d => Task.Run(async () =>
        {
            await start.WaitAsync(TestContext.Current.CancellationToken);
            await using var scope = host.Factory.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<ApprovalActions>().DecideAsync(
                d.Id, d.FinalStep!.Id, Decision.Approve, new Official(ApprovalsHost.WelfarePolicyHead, "오준서"), null, TestContext.Current.CancellationToken);
        })).ToList();
        start.Release(Concurrent);
        var results = await Task.WhenAll(approvals);

        Assert.All(results, r => Assert.Equal(ActionStatus.Done, r.Status));
        await using var check = host.Factory.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<ApprovalsDbContext>();
        var ids = documents.Select(d => d.Id).ToList();
        var numbered = await db.Documents.AsNoTracking().Where(d => ids.Contains(d.Id)).Select(d => new { d.Serial, d.Number }).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(Enumerable.Range(1, Concurrent).Select(i => (long?)i), numbered.Select(n => n.Serial).Order());
        Assert.Equal(Concurrent, numbered.Select(n => n.Number).Distinct().Count());
        var year = DateTime.UtcNow.Year;
        Assert.Contains(numbered, n => n.Number == $"6110000-1010-{year}-000100" || n.Number == $"6110000-1010-{year + 1}-000100");
        Assert.Equal(Concurrent, (await db.NumberCounters.AsNoTracking().SingleAsync(c => c.Classification == "general-affairs", TestContext.Current.CancellationToken)).LastSerial);
        Assert.Equal(errorsBefore, host.Factory.LoggedErrors.Count);
    }
}
