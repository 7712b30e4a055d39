using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Egov.Benefits.Eligibility;
using Egov.Benefits.Facts;
using Egov.Benefits.Rules;
using Egov.Registries.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Benefits.Population;

/// <summary>
/// Every living resident's context for the rules, streamed: the register's situations household by household, their
/// declared facts read per chunk in one query. The next chunks are read while the caller works on the current one
/// (the database and the rules overlap on two cores); memory holds three chunks whatever the population.
/// </summary>
internal sealed class PopulationContexts(IPersonSituations situations, IServiceScopeFactory scopes)
{
    private const int ChunkSize = 4_000;

    /// <summary>Chunks read ahead of the caller: one is enough to keep the reader busy while a chunk is evaluated.</summary>
    private const int ReadAhead = 2;

    public Task<long> CountAsync(CancellationToken cancellationToken) => situations.CountLivingAsync(cancellationToken);

    /// <summary>Chunks of (resident, context), each a new list the caller may keep.</summary>
    public async IAsyncEnumerable<IReadOnlyList<(ResidentId Id, PersonContext Context)>> ChunksAsync(
        DateOnly asOf, DataPurpose purpose, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var chunks = Channel.CreateBounded<List<(ResidentId, PersonContext)>>(new BoundedChannelOptions(ReadAhead) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reader = Task.Run(() => ReadAsync(chunks.Writer, asOf, purpose, stop.Token), CancellationToken.None);
        try
        {
            await foreach (var chunk in chunks.Reader.ReadAllAsync(cancellationToken))
            {
                yield return chunk;
            }

            await reader; // the reader's failure, if it ended the chunks early
        }
        finally
        {
            // A caller that stops early (or fails) stops the reader too, and waits for it: its scope holds connections.
            await stop.CancelAsync();
            await reader.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    /// <summary>Reads on its own scope (its own connections), so the caller may use its database while chunks are read.</summary>
    private async Task ReadAsync(ChannelWriter<List<(ResidentId, PersonContext)>> chunks, DateOnly asOf, DataPurpose purpose, CancellationToken cancellationToken)
    {
        try
        {
            using var scope = scopes.CreateScope();
            var register = scope.ServiceProvider.GetRequiredService<IPersonSituations>();
            var facts = scope.ServiceProvider.GetRequiredService<FactStore>();
            var chunk = new List<PersonSituation>(ChunkSize);
            await foreach (var situation in register.ReadAllAsync(purpose, cancellationToken))
            {
                chunk.Add(situation);
                if (chunk.Count == ChunkSize)
                {
                    await chunks.WriteAsync(await ContextsAsync(facts, chunk, asOf, cancellationToken), cancellationToken);
                    chunk.Clear();
                }
            }

            if (chunk.Count > 0)
            {
                await chunks.WriteAsync(await ContextsAsync(facts, chunk, asOf, cancellationToken), cancellationToken);
            }
        }
        finally
        {
            chunks.Complete();
        }
    }

    private static async Task<List<(ResidentId, PersonContext)>> ContextsAsync(
        FactStore facts, List<PersonSituation> chunk, DateOnly asOf, CancellationToken cancellationToken)
    {
        var declared = await facts.ReadManyAsync([.. chunk.Select(s => s.Id.Value)], cancellationToken);
        return [.. chunk.Select(s => (s.Id, ContextFactory.Create(s, asOf, declared.GetValueOrDefault(s.Id.Value))))];
    }
}
