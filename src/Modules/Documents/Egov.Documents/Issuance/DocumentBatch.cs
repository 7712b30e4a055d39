using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Documents.Issuance;

/// <summary>
/// A mail run: one certificate for each person of a list, as many at a time as there are cores. The list is read
/// as it goes (never held), each certificate is issued and committed on its own through the operators' desk (a
/// scope of its own, dropped once done), so memory stays that of the documents in flight whatever the list's
/// length. Stopped, a run takes no further line, finishes the ones in hand and reports the lines done, after which
/// <see cref="DeskBatchRequest.Skip"/> resumes without issuing anyone twice.
/// </summary>
internal sealed class DocumentBatch(IServiceScopeFactory scopes, TimeProvider time)
{
    public async Task<DeskBatchResult> IssueAsync(
        DeskBatchRequest request, IAsyncEnumerable<string> identifiers, Func<DeskIssue, long, CancellationToken, Task>? issued,
        IProgress<DeskBatchProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(identifiers);
        var done = new ContiguousLines(request.Skip);
        long issuedCount = 0, refusedCount = 0;
        var refusals = new System.Collections.Concurrent.ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        var started = time.GetTimestamp();
        var lastReport = started;
        var lines = Numbered(identifiers, request.Skip, cancellationToken);
        // No token for the workers: a stop ends the list (Numbered) and the certificates in hand are finished and
        // counted, so the last report is exact. Cancelled mid-issuance, a certificate could be committed but its line
        // not counted, and --skip would issue it a second time.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = request.Workers ?? Environment.ProcessorCount };
        await Parallel.ForEachAsync(lines, parallel, IssueLineAsync);

        var final = Progress(done.Through);
        progress?.Report(final);
        // Stopped (Ctrl+C, SIGTERM): after the report, whose lines done --skip resumes from.
        cancellationToken.ThrowIfCancellationRequested();
        return new DeskBatchResult(final, refusals.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));

        async ValueTask IssueLineAsync((long Number, string Identifier) line, CancellationToken ct)
        {
            if (line.Identifier.Length == 0)
            {
                done.Complete(line.Number);
                return;
            }

            DeskIssue result;
            await using (var scope = scopes.CreateAsyncScope())
            {
                result = await scope.ServiceProvider.GetRequiredService<IDocumentDesk>().IssueAsync(
                    new DeskIssueRequest(request.TypeCode, line.Identifier, request.Language, request.Purpose, false, null, request.Operator), ct);
            }

            if (result.Refusal is { } refusal)
            {
                Interlocked.Increment(ref refusedCount);
                refusals.AddOrUpdate(refusal, 1, (_, n) => n + 1);
            }
            else
            {
                Interlocked.Increment(ref issuedCount);
                if (issued is not null)
                {
                    await issued(result, line.Number, ct);
                }
            }

            var through = done.Complete(line.Number);
            var now = time.GetTimestamp();
            var last = Interlocked.Read(ref lastReport);
            if (progress is not null && time.GetElapsedTime(last, now) >= TimeSpan.FromSeconds(request.ReportSeconds)
                && Interlocked.CompareExchange(ref lastReport, now, last) == last)
            {
                progress.Report(Progress(through));
            }
        }

        DeskBatchProgress Progress(long through)
        {
            var elapsed = time.GetElapsedTime(started);
            var total = Interlocked.Read(ref issuedCount);
            return new DeskBatchProgress(through, total, Interlocked.Read(ref refusedCount), elapsed,
                elapsed.TotalSeconds > 0 ? total / elapsed.TotalSeconds : 0, Process.GetCurrentProcess().WorkingSet64);
        }
    }

    // Ends the list when the run is stopped, rather than throwing, so the workers finish the lines they hold.
    private static async IAsyncEnumerable<(long Number, string Identifier)> Numbered(
        IAsyncEnumerable<string> identifiers, long skip, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken stop)
    {
        long number = 0;
        await using var lines = identifiers.GetAsyncEnumerator(stop);
        while (!stop.IsCancellationRequested && await NextAsync(lines, stop))
        {
            // Blank lines are numbered too, so a line number always means the same line of the file.
            if (++number > skip)
            {
                yield return (number, lines.Current.Trim());
            }
        }
    }

    private static async ValueTask<bool> NextAsync(IAsyncEnumerator<string> lines, CancellationToken stop)
    {
        try
        {
            return await lines.MoveNextAsync();
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>
    /// Which lines are done without a gap: workers finish out of order, so a restart may skip only the lines up to the
    /// first one still in flight. Holds only the lines done beyond that point (about the workers' count).
    /// </summary>
    private sealed class ContiguousLines(long through)
    {
        private readonly SortedSet<long> ahead = [];
        private long through = through;

        public long Through
        {
            get
            {
                lock (ahead)
                {
                    return through;
                }
            }
        }

        public long Complete(long line)
        {
            lock (ahead)
            {
                ahead.Add(line);
                while (ahead.Count > 0 && ahead.Min <= through + 1)
                {
                    through = Math.Max(through, ahead.Min);
                    ahead.Remove(ahead.Min);
                }

                return through;
            }
        }
    }
}
