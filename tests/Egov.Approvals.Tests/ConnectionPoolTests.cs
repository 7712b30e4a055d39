using Egov.Approvals.Documents;
using Egov.Approvals.Domain;
using Egov.Approvals.Tests.Support;
using Egov.Testing;

namespace Egov.Approvals.Tests;

/// <summary>A host whose pool has far fewer connections than the officials acting at once, as in a busy morning.</summary>
public sealed class SmallPoolApprovalsHost : ApprovalsHost
{
    public const int Connections = 4;

    protected override string PostgresPool => $"Maximum Pool Size={Connections};Timeout=10";
}

/// <summary>
/// Many more concurrent actions than the pool has connections: every action ends, none waits for a connection it can
/// never get. A review that opens the next step asks the Org directory for a stand-in (another module's context, so
/// another connection); asked inside the save's transaction, each action held one connection and waited for a second,
/// and with the pool full of such actions all of them failed at the pool's timeout. PostgreSQL only: SQLite's
/// connections are not a bounded pool.
/// </summary>
[PostgresOnly]
public sealed class ConnectionPoolTests(SmallPoolApprovalsHost host) : IClassFixture<SmallPoolApprovalsHost>
{
    private const int Concurrent = SmallPoolApprovalsHost.Connections * 4;

    [Fact]
    public async Task ConcurrentReviews_MoreThanThePoolHolds_AllEnd()
    {
        // Above the division's authority: the division head reviews, and their approval opens the office head's step.
        var documents = new List<ApprovalDocument>();
        for (var i = 0; i < Concurrent; i++)
        {
            documents.Add(await host.DraftAsync("expenditure", 50_000_000m));
        }

        using var start = new SemaphoreSlim(0);
        var reviews = documents.Select(d => Task.Run(async () =>
        {
            await start.WaitAsync(TestContext.Current.CancellationToken);
            return await host.DecideAsync(d.Id, ApprovalsHost.WelfarePolicyHead, Decision.Approve);
        })).ToList();
        start.Release(Concurrent);

        var results = await Task.WhenAll(reviews);
        Assert.All(results, r => Assert.Equal(ActionStatus.Done, r.Status));
        foreach (var document in documents)
        {
            var reviewed = await host.DocumentAsync(document.Id);
            Assert.Equal(DocumentStatus.InProgress, reviewed.Status);
            Assert.Equal(StepState.Pending, reviewed.FinalStep!.State);
        }
    }
}
