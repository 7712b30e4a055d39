using System.Runtime.CompilerServices;
using Egov.Benefits.Eligibility;
using Egov.Benefits.Facts;
using Egov.Benefits.Rules;
using Egov.Registries.Contracts;

namespace Egov.Benefits.Population;

/// <summary>
/// Every living resident's context for the rules, streamed: the register's situations household by household, their
/// declared facts read per chunk in one query. Memory holds one chunk whatever the population.
/// </summary>
internal sealed class PopulationContexts(IPersonSituations situations, FactStore facts)
{
    private const int ChunkSize = 4_000;

    public Task<long> CountAsync(CancellationToken cancellationToken) => situations.CountLivingAsync(cancellationToken);

    /// <summary>Chunks of (resident, context); the list is reused, so a caller must be done with a chunk before asking for the next.</summary>
    public async IAsyncEnumerable<IReadOnlyList<(ResidentId Id, PersonContext Context)>> ChunksAsync(
        DateOnly asOf, DataPurpose purpose, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var chunk = new List<PersonSituation>(ChunkSize);
        var contexts = new List<(ResidentId, PersonContext)>(ChunkSize);
        await foreach (var situation in situations.ReadAllAsync(purpose, cancellationToken))
        {
            chunk.Add(situation);
            if (chunk.Count == ChunkSize)
            {
                yield return await ContextsAsync(chunk, contexts, asOf, cancellationToken);
                chunk.Clear();
            }
        }

        if (chunk.Count > 0)
        {
            yield return await ContextsAsync(chunk, contexts, asOf, cancellationToken);
        }
    }

    private async Task<List<(ResidentId, PersonContext)>> ContextsAsync(
        List<PersonSituation> chunk, List<(ResidentId, PersonContext)> contexts, DateOnly asOf, CancellationToken cancellationToken)
    {
        var declared = await facts.ReadManyAsync([.. chunk.Select(s => s.Id.Value)], cancellationToken);
        contexts.Clear();
        contexts.AddRange(chunk.Select(s => (s.Id, ContextFactory.Create(s, asOf, declared.GetValueOrDefault(s.Id.Value)))));
        return contexts;
    }
}
