using Egov.Documents.Data;
using Egov.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Documents.Tests;

/// <summary>A mail run stopped part-way says exactly how far it got, so a resumed run issues nothing twice.</summary>
public sealed class DocumentBatchTests(EgovHostFixture host) : IClassFixture<EgovHostFixture>
{
    private const string KimMinjun = "780412-1023453";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Stopped_FinishesTheCertificatesInHand_ReportsExactlyTheLinesDone_AndThrows()
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var reports = new List<DeskBatchProgress>();
        var before = await DocumentCountAsync();
        var issued = 0;
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var desk = scope.ServiceProvider.GetRequiredService<IDocumentDesk>();

        // The operator stops the run after the sixth certificate, while the other workers are issuing theirs; a report
        // interval of an hour leaves only the stop's own report.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => desk.IssueBatchAsync(
            new DeskBatchRequest("basic-certificate", null, null, "operator:test", Skip: 10, Workers: 4, ReportSeconds: 3600),
            EndlessList(), (_, _, _) => Interlocked.Increment(ref issued) == 6 ? stop.CancelAsync() : Task.CompletedTask,
            new ListProgress(reports), stop.Token));

        var last = Assert.Single(reports);
        Assert.Equal(await DocumentCountAsync() - before, last.Issued);
        Assert.Equal(10 + last.Issued, last.LinesDone);
        Assert.InRange(last.Issued, 6, 6 + 3);
    }

    private static async IAsyncEnumerable<string> EndlessList()
    {
        while (true)
        {
            await Task.Yield();
            yield return KimMinjun;
        }
    }

    private async Task<int> DocumentCountAsync()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DocumentsDbContext>().Documents.CountAsync(Ct);
    }

    private sealed class ListProgress(List<DeskBatchProgress> reports) : IProgress<DeskBatchProgress>
    {
        public void Report(DeskBatchProgress value) => reports.Add(value);
    }
}
