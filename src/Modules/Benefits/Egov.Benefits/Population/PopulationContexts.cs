using Egov.Benefits.Data;
using Egov.Benefits.Eligibility;
using Egov.Benefits.Facts;
using Egov.Benefits.Rules;
using Egov.Platform.Batches;
using Egov.Registries.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Benefits.Population;

/// <summary>
/// Every living resident's context for the rules, streamed: the register's situations in chunks of consecutive ids,
/// their declared facts read per chunk as one range of ids. A stage of its own (its thread, its scope and connections) makes
/// the contexts while the register's stages read ahead and the caller evaluates the chunk before, so the database,
/// the reading and the rules work at the same time; memory holds a few chunks whatever the population.
/// </summary>
internal sealed class PopulationContexts(IPersonSituations situations, IServiceScopeFactory scopes)
{
    /// <summary>Chunks made ahead of the caller: one is enough to keep this stage busy while a chunk is evaluated.</summary>
    private const int ReadAhead = 2;

    public Task<long> CountAsync(CancellationToken cancellationToken) => situations.CountLivingAsync(cancellationToken);

    /// <summary>Chunks of (resident, context), each a new list the caller may keep.</summary>
    public IAsyncEnumerable<IReadOnlyList<(ResidentId Id, PersonContext Context)>> ChunksAsync(
        DateOnly asOf, DataPurpose purpose, CancellationToken cancellationToken) =>
        BlockingStage.Run<IReadOnlyList<(ResidentId Id, PersonContext Context)>>(
            (emit, stop) =>
            {
                using var scope = scopes.CreateScope();
                var register = scope.ServiceProvider.GetRequiredService<IPersonSituations>();
                var facts = scope.ServiceProvider.GetRequiredService<FactStore>();
                // One connection for the stage's life, not one taken from the pool and reset for each chunk's query.
                scope.ServiceProvider.GetRequiredService<BenefitsDbContext>().Database.OpenConnection();
                foreach (var chunk in register.ReadAllAsync(purpose, stop).ToBlockingEnumerable(stop))
                {
                    emit(Contexts(facts, chunk, asOf));
                }
            },
            ReadAhead, cancellationToken);

    private static (ResidentId, PersonContext)[] Contexts(FactStore facts, IReadOnlyList<PersonSituation> chunk, DateOnly asOf)
    {
        // The chunk holds every living resident between its first id and its last; the others' facts are not looked at.
        var declared = facts.ReadBetween(chunk[0].Id.Value, chunk[^1].Id.Value);
        var contexts = new (ResidentId, PersonContext)[chunk.Count];
        for (var i = 0; i < contexts.Length; i++)
        {
            var situation = chunk[i];
            contexts[i] = (situation.Id, ContextFactory.Create(situation, asOf, declared.GetValueOrDefault(situation.Id.Value)));
        }

        return contexts;
    }
}
