using Egov.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Documents.Tests;

/// <summary>A mail run stopped part-way says exactly how far it got, so a resumed run issues nothing twice.</summary>
public sealed class DocumentBatchTests(EgovHostFixture host) : IClassFixture<EgovHostFixture>
{
    private const string KimMinjun = "780412-1023453";

    [Fact]
    public async Task Stopped_ReportsTheLinesDoneLast_AndThrows()
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var reports = new List<DeskBatchProgress>();
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var desk = scope.ServiceProvider.GetRequiredService<IDocumentDesk>();

        // Report interval of an hour: only the stop's own report can say where it stopped.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => desk.IssueBatchAsync(
            new DeskBatchRequest("basic-certificate", null, null, "operator:test", Skip: 1, Workers: 1, ReportSeconds: 3600),
            StopBeforeLine(5, stop), null, new ListProgress(reports), stop.Token));

        var last = Assert.Single(reports);
        Assert.Equal(4, last.LinesDone);
        Assert.Equal(3, last.Issued);
    }

    // The operator's list, the operator pressing Ctrl+C when the run asks for line number <paramref name="line"/>.
    private static async IAsyncEnumerable<string> StopBeforeLine(int line, CancellationTokenSource stop)
    {
        for (var number = 1; ; number++)
        {
            if (number == line)
            {
                await stop.CancelAsync();
                stop.Token.ThrowIfCancellationRequested();
            }

            yield return KimMinjun;
        }
    }

    private sealed class ListProgress(List<DeskBatchProgress> reports) : IProgress<DeskBatchProgress>
    {
        public void Report(DeskBatchProgress value) => reports.Add(value);
    }
}
