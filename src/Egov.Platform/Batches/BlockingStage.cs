using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Egov.Platform.Batches;

/// <summary>
/// One stage of a population batch on threads of its own: it may block (on the database, on the stage before it) without
/// holding a pool thread, and hands what it makes to the next stage through a bounded queue, so memory holds a few items
/// whatever the population. Chained stages run at the same time on the machine's cores, each waiting only when its queue
/// is full or empty — per item, not per row.
/// </summary>
public static class BlockingStage
{
    /// <summary>
    /// Starts <paramref name="produce"/> on its own thread when enumerated; it passes each item to the function it is
    /// given, which blocks while <paramref name="capacity"/> items wait. A consumer that stops early stops the stage (its
    /// token is cancelled) and waits for its thread to end; the stage's failure is thrown to the consumer.
    /// </summary>
    public static IAsyncEnumerable<T> Run<T>(Action<Action<T>, CancellationToken> produce, int capacity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(produce);
        return RunOn(1, produce, capacity, cancellationToken);
    }

    /// <summary>
    /// Turns each item of <paramref name="source"/> into one result on <paramref name="workers"/> threads at once: for a
    /// stage slower than the ones around it. Each worker calls <paramref name="work"/> once with its share of the items (it
    /// takes the next whenever it is free: results come in no fixed order), so it can open what it needs (a scope, a
    /// connection) once. Stopping and failures as in <see cref="Run{T}"/>: the first failure stops every worker.
    /// </summary>
    public static async IAsyncEnumerable<TOut> Map<TIn, TOut>(
        IAsyncEnumerable<TIn> source, int workers, int capacity, Action<IEnumerable<TIn>, Action<TOut>, CancellationToken> work,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(work);
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        var gate = new Lock();
        IEnumerator<TIn>? inputs = null;
        try
        {
            await foreach (var result in RunOn<TOut>(workers, (emit, stop) => work(Take(stop), emit, stop), capacity, cancellationToken))
            {
                yield return result;
            }
        }
        finally
        {
            // Every worker has ended (RunOn waited for them): the source's own stage can be stopped and awaited.
            inputs?.Dispose();
        }

        // One enumerator shared by the workers; taking an item blocks, under the lock, until the source has one.
        IEnumerable<TIn> Take(CancellationToken stop)
        {
            while (true)
            {
                TIn item;
                lock (gate)
                {
                    inputs ??= source.ToBlockingEnumerable(stop).GetEnumerator();
                    if (!inputs.MoveNext())
                    {
                        yield break;
                    }

                    item = inputs.Current;
                }

                yield return item;
            }
        }
    }

    private static async IAsyncEnumerable<T> RunOn<T>(
        int workers, Action<Action<T>, CancellationToken> produce, int capacity, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var queue = Channel.CreateBounded<T>(new BoundedChannelOptions(capacity) { SingleReader = true, SingleWriter = workers == 1 });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var running = workers;
        var threads = new Task[workers];
        for (var i = 0; i < workers; i++)
        {
            threads[i] = Task.Factory.StartNew(
                () =>
                {
                    try
                    {
                        produce(item => Put(queue.Writer, item, stop.Token), stop.Token);
                        if (Interlocked.Decrement(ref running) == 0)
                        {
                            queue.Writer.TryComplete();
                        }
                    }
                    catch (Exception e)
                    {
                        // The first failure is the one the consumer sees; the other workers are stopped.
                        queue.Writer.TryComplete(e);
                        stop.Cancel();
                    }
                },
                CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }

        try
        {
            await foreach (var item in queue.Reader.ReadAllAsync(cancellationToken))
            {
                yield return item;
            }
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(threads);
        }
    }

    private static void Put<T>(ChannelWriter<T> writer, T item, CancellationToken cancellationToken)
    {
        while (!writer.TryWrite(item))
        {
            // Full: wait on this thread (it is the stage's own) until the consumer takes one.
            if (!writer.WaitToWriteAsync(cancellationToken).AsTask().GetAwaiter().GetResult())
            {
                throw new ChannelClosedException();
            }
        }
    }
}
