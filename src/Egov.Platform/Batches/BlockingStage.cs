using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Egov.Platform.Batches;

/// <summary>
/// One stage of a population batch on a thread of its own: it may block (on the database, on the stage before it through
/// <c>ToBlockingEnumerable</c>) without holding a pool thread, and hands what it makes to the next stage through a
/// bounded queue, so memory holds a few items whatever the population. Chained stages run at the same time on the
/// machine's cores, each waiting only when its queue is full or empty — per item, not per row.
/// </summary>
public static class BlockingStage
{
    /// <summary>
    /// Starts <paramref name="produce"/> on its own thread when enumerated; it passes each item to the function it is
    /// given, which blocks while <paramref name="capacity"/> items wait. A consumer that stops early stops the stage (its
    /// token is cancelled) and waits for its thread to end; the stage's failure is thrown to the consumer.
    /// </summary>
    public static async IAsyncEnumerable<T> Run<T>(
        Action<Action<T>, CancellationToken> produce, int capacity, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(produce);
        var queue = Channel.CreateBounded<T>(new BoundedChannelOptions(capacity) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var thread = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    produce(item => Put(queue.Writer, item, stop.Token), stop.Token);
                    queue.Writer.Complete();
                }
                catch (Exception e)
                {
                    queue.Writer.Complete(e);
                }
            },
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
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
            await thread;
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
