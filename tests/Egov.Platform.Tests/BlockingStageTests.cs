using System.Collections.Concurrent;
using Egov.Platform.Batches;

namespace Egov.Platform.Tests;

public sealed class BlockingStageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static IAsyncEnumerable<int> Numbers(int count) => BlockingStage.Run<int>(
        (emit, _) =>
        {
            for (var i = 0; i < count; i++)
            {
                emit(i);
            }
        },
        2, Ct);

    [Fact]
    public async Task Map_OnThreeWorkers_MapsEveryItemOnceEachWorkerOpeningItsStateOnce()
    {
        var opened = new ConcurrentBag<int>();
        var threads = new ConcurrentDictionary<int, byte>();

        var results = await BlockingStage.Map<int, int>(
            Numbers(1_000), 3, 2,
            (items, emit, _) =>
            {
                opened.Add(Environment.CurrentManagedThreadId);
                foreach (var item in items)
                {
                    threads.TryAdd(Environment.CurrentManagedThreadId, 0);
                    emit(item * 2);
                }
            },
            Ct).ToListAsync(Ct);

        Assert.Equal(Enumerable.Range(0, 1_000).Select(i => i * 2), results.Order());
        Assert.Equal(3, opened.Count);
        Assert.Equal(3, opened.Distinct().Count());
        Assert.All(threads.Keys, t => Assert.Contains(t, opened));
    }

    [Fact]
    public async Task Map_WhenAWorkerFails_ThrowsItsFailureToTheConsumerAfterStoppingTheOthers()
    {
        var ended = 0;

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(async () => await BlockingStage.Map<int, int>(
            Numbers(100_000), 2, 2,
            (items, emit, _) =>
            {
                try
                {
                    foreach (var item in items)
                    {
                        emit(item == 500 ? throw new InvalidOperationException("item 500 is bad") : item);
                    }
                }
                finally
                {
                    Interlocked.Increment(ref ended);
                }
            },
            Ct).ToListAsync(Ct));

        Assert.Equal("item 500 is bad", failure.Message);
        // The failure reached the consumer only once both workers had ended: the other one was stopped, not left running.
        Assert.Equal(2, ended);
    }

    [Fact]
    public async Task Map_WhenTheConsumerStopsEarly_EndsEveryWorkerAndTheSource()
    {
        var ended = 0;
        var sourceEnded = false;
        var source = BlockingStage.Run<int>(
            (emit, _) =>
            {
                try
                {
                    for (var i = 0; ; i++)
                    {
                        emit(i);
                    }
                }
                finally
                {
                    sourceEnded = true;
                }
            },
            2, Ct);

        var firstTen = new List<int>();
        await foreach (var item in BlockingStage.Map<int, int>(
            source, 2, 2,
            (items, emit, _) =>
            {
                try
                {
                    foreach (var item in items)
                    {
                        emit(item);
                    }
                }
                finally
                {
                    Interlocked.Increment(ref ended);
                }
            },
            Ct))
        {
            firstTen.Add(item);
            if (firstTen.Count == 10)
            {
                break;
            }
        }

        // Leaving the loop returns only after the workers and the source's thread have ended.
        Assert.Equal(2, ended);
        Assert.True(sourceEnded);
    }
}
